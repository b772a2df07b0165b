package se.lishandboken.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lishandboken.page.DocumentControl;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.review.ReviewPeriod;

/**
 * A page's header, read by the rules the build and {@code lis check} share: the page has a title (after
 * any comments and attribute entries), declares its type at most once and a type with a template, its
 * dates ({@code :approved-date:}, {@code :next-review:}, {@code :revdate:}) are dates and its {@code :nav-order:} an integer, and a management review states a year, a
 * date, a status and, optionally, a period that ends by its date.
 *
 * <p>The build takes the attributes' values from Asciidoctor, {@code lis check} from the text; both
 * take the lines (where a problem is, how often an attribute is set) from {@link PageText}.
 *
 * @param type the page type, which selects the template
 * @param description one sentence for search results; empty if none
 * @param navOrder position among its siblings in the navigation
 * @param inNavigation false if the page asked to be left out of the navigation ({@code :nav-exclude:})
 * @param control the document-control box
 * @param review the review header of a management review; null for any other page, or if it is not valid
 */
public record PageHeader(String type, String description, int navOrder, boolean inNavigation, DocumentControl control,
        ReviewHeader review) {
    /** A page's place in the navigation when it gives none. */
    public static final int DEFAULT_NAV_ORDER = 1000;
    private static final String TYPE = "jbake-type";
    private static final String STATUS = "jbake-status";
    /** The page statuses JBake knows. */
    private static final java.util.Set<String> STATUSES = java.util.Set.of("published", "draft");

    /**
     * Reads and checks the header of the page {@code source}, reporting every problem.
     *
     * @param source the page, relative to the site folder
     * @param text the page's text
     * @param values an attribute's value as plain text, stripped; empty if the page does not set it, and
     *     an empty string if it sets it without a value
     * @param types the page types the site has templates for
     * @param problems where problems go
     */
    public static PageHeader read(Path source, PageText text, Function<String, Optional<String>> values, PageTypes types,
            Consumer<Problem> problems) {
        return new Reader(source, text, values, problems).read(types);
    }

    /** Whether the page can be rendered: a management review needs a valid review header. */
    public boolean isUsable() {
        return !ReviewHeader.PAGE_TYPE.equals(type) || review != null;
    }

    /** The page with this header. */
    public Page page(Path source, String uri, String title, List<Heading> headings) {
        return new Page(source, uri, type, title, description, navOrder, inNavigation, control, headings, review);
    }

    private record Reader(Path source, PageText text, Function<String, Optional<String>> values, Consumer<Problem> problems) {

        PageHeader read(PageTypes types) {
            if (text.titleLine() == 0) {
                problems.accept(ProblemText.error(source, 1, "page.title.missing"));
            }
            String type = type(types);
            status();
            DocumentControl control = new DocumentControl(text("owner"), text("approved-by"), date("approved-date"),
                    text("doc-version"), date("next-review"));
            date("revdate"); // AsciiDoc's revision date is free text, but here a date like the others, so a typo is caught
            return new PageHeader(type, text("description") == null ? "" : text("description"), navOrder(),
                    values.apply("nav-exclude").isEmpty(), control, ReviewHeader.PAGE_TYPE.equals(type) ? review() : null);
        }

        private String type(PageTypes types) {
            List<PageText.Entry> declared = text.entries(TYPE);
            String type = text(TYPE) == null ? types.fallback() : text(TYPE);
            if (declared.size() > 1) {
                problems.accept(ProblemText.error(source, declared.get(1).line(), "page.type.duplicate", declared.size(),
                        declared.stream().map(PageText.Entry::value).collect(Collectors.joining(", ")), type));
            }
            if (!types.isKnown(type)) {
                problems.accept(ProblemText.error(source, text.lineOf(TYPE), "page.type.unknown", type, types.listed()));
            }
            return type;
        }

        /** {@code :jbake-status:} is JBake's {@code published} or {@code draft}; anything else would silently publish. */
        private void status() {
            String status = text(STATUS);
            if (status != null && !STATUSES.contains(status)) {
                problems.accept(ProblemText.error(source, text.lineOf(STATUS), "page.status.invalid", status));
            }
        }

        private ReviewHeader review() {
            String year = text("review-year");
            if (year == null || !year.matches("\\d{4}")) {
                problems.accept(ProblemText.error(source, lineOrType("review-year"), "review.year.invalid", year == null ? "" : year));
            }
            LocalDate date = date("review-date");
            if (text("review-date") == null) {
                problems.accept(ProblemText.error(source, lineOrType("review-date"), "review.date.missing"));
            }
            String status = text("review-status") == null ? ReviewHeader.DRAFT : text("review-status");
            if (!status.equals(ReviewHeader.DRAFT) && !status.equals(ReviewHeader.APPROVED)) {
                problems.accept(ProblemText.error(source, text.lineOf("review-status"), "review.status.invalid", status));
            }
            ReviewPeriod period = null;
            String stated = text("review-period");
            if (stated != null && date != null) {
                period = ReviewHeader.period(stated, date, source, text.lineOf("review-period"), problems).orElse(null);
                if (period == null) {
                    return null;
                }
            }
            if (year == null || !year.matches("\\d{4}") || date == null || !ReviewHeader.isStatus(status)) {
                return null;
            }
            return new ReviewHeader(Integer.parseInt(year), date, period, text("presented-to"), status,
                    text("diarienummer"));
        }

        /** The attribute's line, or the {@code :jbake-type:} line that makes its absence a problem. */
        private int lineOrType(String name) {
            int line = text.lineOf(name);
            return line > 0 ? line : text.lineOf(TYPE);
        }

        private String text(String name) {
            return values.apply(name).filter(value -> !value.isBlank()).orElse(null);
        }

        private LocalDate date(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.accept(ProblemText.error(source, text.lineOf(name), "header.date.invalid", name, value));
                return null;
            }
        }

        private int navOrder() {
            String value = text("nav-order");
            if (value == null) {
                return DEFAULT_NAV_ORDER;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problems.accept(ProblemText.error(source, text.lineOf("nav-order"), "header.nav-order.invalid", value));
                return DEFAULT_NAV_ORDER;
            }
        }
    }
}
