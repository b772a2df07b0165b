package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.source.PageHeader;
import se.lishandboken.source.PageSections;
import se.lishandboken.source.PageText;
import se.lishandboken.source.PageTypes;
import se.lishandboken.source.SectionSource;
import se.lishandboken.source.SectionText;
import se.lishandboken.view.ReviewBody;

/**
 * Reads a loaded AsciiDoc document's header and sections by the rules {@code lis check} applies too
 * ({@link PageHeader}, {@link PageSections}), with the values as Asciidoctor resolved them and the lines
 * from the text ({@link PageText}, {@link SectionText}), into a {@link Page}.
 */
final class PageHeaderReader {
    static final int DEFAULT_NAV_ORDER = PageHeader.DEFAULT_NAV_ORDER;
    private static final String ISO = "iso";
    private static final String CONTROLS = "controls";

    private PageHeaderReader() {
    }

    /** Reads and checks the header of {@code document}, loaded from the page {@code source} with the lines {@code text}. */
    static PageHeader read(Path source, PageText text, Document document, PageTypes types, Consumer<Problem> problems) {
        return PageHeader.read(source, text, name -> value(document, name), types, problems);
    }

    /**
     * The page with {@code header}: its title and sections as Asciidoctor has them, with the problems of its
     * sections reported.
     *
     * @param text the page's text
     * @param fromText its sections as the text shows them, for their lines
     */
    static Page page(PageHeader header, Path source, String uri, Document document, PageText text, List<SectionSource> fromText,
            se.lishandboken.register.Register register, Consumer<Problem> problems) {
        String title = document.getDoctitle() == null ? source.getFileName().toString() : plain(document.getDoctitle());
        List<SectionSource> sections = new ArrayList<>();
        collect(document.getBlocks(), lines(fromText), source, sections);
        return header.page(source, uri, title,
                PageSections.read(source, header.type(), header.review(), text.titleLine(), sections, register, problems));
    }

    /** An attribute as plain text: Asciidoctor has already escaped it for HTML, and the templates escape again. */
    private static Optional<String> value(Document document, String name) {
        if (!document.hasAttribute(name)) {
            return Optional.empty();
        }
        Object value = document.getAttribute(name);
        return Optional.of(value == null ? "" : plain(value.toString()).strip());
    }

    /** The text's sections by id, the first of each, for their files and lines. */
    private static Map<String, SectionSource> lines(List<SectionSource> fromText) {
        Map<String, SectionSource> byId = new HashMap<>();
        fromText.forEach(section -> byId.putIfAbsent(section.id(), section));
        return byId;
    }

    private static void collect(List<StructuralNode> blocks, Map<String, SectionSource> lines, Path source, List<SectionSource> into) {
        for (StructuralNode block : blocks) {
            if (block instanceof Section section) {
                SectionSource written = lines.get(section.getId());
                Object iso = section.getAttributes().get(ISO);
                Object controls = section.getAttributes().get(CONTROLS);
                into.add(new SectionSource(written == null ? source : written.file(), written == null ? 0 : written.line(),
                        section.getId(), plain(section.getTitle()), section.getLevel(), iso == null ? null : iso.toString(),
                        holdsPlan(section), controls == null ? null : controls.toString()));
                collect(section.getBlocks(), lines, source, into);
            }
        }
    }

    /** Whether the review plan's marker ({@link DataBlockMacro}) stands in the section itself. */
    private static boolean holdsPlan(Section section) {
        return section.getBlocks().stream().anyMatch(block -> block instanceof Block pass && "pass".equals(pass.getContext())
                && pass.getSource() != null && pass.getSource().contains(ReviewBody.MARKER_START));
    }

    /** Asciidoctor gives titles as HTML; the templates escape, so they need plain text. */
    private static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html; // most titles and attributes: nothing to parse
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
