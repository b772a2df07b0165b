package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.source.PageHeader;
import se.lishandboken.source.PageText;
import se.lishandboken.source.PageTypes;

/**
 * Reads a loaded AsciiDoc document's header by the rules {@code lis check} applies too ({@link PageHeader}),
 * with the attributes' values as Asciidoctor resolved them, and its sections into a {@link Page}.
 */
final class PageHeaderReader {
    static final int DEFAULT_NAV_ORDER = PageHeader.DEFAULT_NAV_ORDER;

    private PageHeaderReader() {
    }

    /** Reads and checks the header of {@code document}, loaded from the page {@code source} with the lines {@code text}. */
    static PageHeader read(Path source, PageText text, Document document, PageTypes types, Consumer<Problem> problems) {
        return PageHeader.read(source, text, name -> value(document, name), types, problems);
    }

    /** The page with {@code header}: its title and sections as Asciidoctor has them. */
    static Page page(PageHeader header, Path source, String uri, Document document) {
        String title = document.getDoctitle() == null ? source.getFileName().toString() : plain(document.getDoctitle());
        return header.page(source, uri, title, headings(document));
    }

    /** An attribute as plain text: Asciidoctor has already escaped it for HTML, and the templates escape again. */
    private static Optional<String> value(Document document, String name) {
        if (!document.hasAttribute(name)) {
            return Optional.empty();
        }
        Object value = document.getAttribute(name);
        return Optional.of(value == null ? "" : plain(value.toString()).strip());
    }

    private static List<Heading> headings(Document document) {
        List<Heading> headings = new ArrayList<>();
        collect(document.getBlocks(), headings);
        return headings;
    }

    private static void collect(List<StructuralNode> blocks, List<Heading> into) {
        for (StructuralNode block : blocks) {
            if (block instanceof Section section && section.getLevel() <= 3) {
                into.add(new Heading(section.getId(), plain(section.getTitle()), section.getLevel()));
                collect(section.getBlocks(), into);
            }
        }
    }

    /** Asciidoctor gives titles as HTML; the templates escape, so they need plain text. */
    private static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html; // most titles and attributes: nothing to parse
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
