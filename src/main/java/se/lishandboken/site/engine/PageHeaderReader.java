package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;
import se.lishandboken.page.DocumentControl;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.review.ReviewPeriod;

/** Reads a loaded AsciiDoc document's header attributes and sections into a {@link Page}. */
final class PageHeaderReader {
    static final int DEFAULT_NAV_ORDER = 1000;

    private final Path source;
    private final List<String> lines;
    private final Consumer<Problem> problems;

    PageHeaderReader(Path source, List<String> lines, Consumer<Problem> problems) {
        this.source = source;
        this.lines = lines;
        this.problems = problems;
    }

    Page read(Document document, String uri, String type) {
        if (!hasTitleLine(lines)) {
            problems.accept(ProblemText.error(source, 1, "page.title.missing"));
        }
        DocumentControl control = new DocumentControl(
                text(document, "owner"),
                text(document, "approved-by"),
                date(document, "approved-date"),
                text(document, "doc-version"),
                date(document, "next-review"));
        return new Page(source, uri, type,
                plain(document.getDoctitle() == null ? source.getFileName().toString() : document.getDoctitle()),
                text(document, "description") == null ? "" : text(document, "description"),
                navOrder(document),
                !document.hasAttribute("nav-exclude"),
                control,
                headings(document),
                ReviewHeader.PAGE_TYPE.equals(type) ? review(document) : null);
    }

    /** An attribute as plain text: Asciidoctor has already escaped it for HTML, and the templates escape again. */
    private ReviewHeader review(Document document) {
        String year = text(document, "review-year");
        LocalDate date = date(document, "review-date");
        if (year == null || !year.matches("\\d{4}")) {
            problems.accept(ProblemText.error(source, lineOf("review-year"), "review.year.invalid", year == null ? "" : year));
            return null;
        }
        if (date == null) {
            problems.accept(ProblemText.error(source, lineOf("review-date"), "review.date.missing"));
            return null;
        }
        ReviewPeriod period = null;
        String stated = text(document, "review-period");
        if (stated != null) {
            period = ReviewHeader.period(stated, date, source, lineOf("review-period"), problems).orElse(null);
            if (period == null) {
                return null;
            }
        }
        return new ReviewHeader(Integer.parseInt(year), date, period, text(document, "presented-to"),
                text(document, "review-status") == null ? "utkast" : text(document, "review-status"));
    }

    private String text(Document document, String name) {
        Object value = document.getAttribute(name);
        return value == null || value.toString().isBlank() ? null : plain(value.toString()).strip();
    }

    private LocalDate date(Document document, String name) {
        String value = text(document, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.accept(ProblemText.error(source, lineOf(name), "header.date.invalid", name, value));
            return null;
        }
    }

    private int navOrder(Document document) {
        String value = text(document, "nav-order");
        if (value == null) {
            return DEFAULT_NAV_ORDER;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.accept(ProblemText.error(source, lineOf("nav-order"), "header.nav-order.invalid", value));
            return DEFAULT_NAV_ORDER;
        }
    }

    private int lineOf(String attribute) {
        return lineOf(lines, attribute);
    }

    /** The 1-based line of the header attribute entry {@code :attribute:}, or 0. */
    static int lineOf(List<String> lines, String attribute) {
        String prefix = ":" + attribute + ":";
        return se.lishandboken.problem.SourceLine.first(lines, line -> line.startsWith(prefix));
    }

    /** Whether the document starts with a title line ({@code = Title}), after any comments and attributes. */
    private static boolean hasTitleLine(List<String> lines) {
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("//") || text.matches(":[^:]+:.*")) {
                continue;
            }
            return text.startsWith("= ") || text.startsWith("# ");
        }
        return false;
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
