package se.lishandboken.pdf;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps values whole on paper: a table cell that holds a date, a share or a percentage and is short
 * enough for one line gets {@code class="nowrap"}, which the print stylesheet sets
 * {@code white-space: nowrap}, so it never breaks as "Per 2024-02-" / "27" or "(44" / "%)". Longer
 * cells wrap at their spaces; the stylesheet's column widths keep a date or share within one line.
 *
 * <p>The class goes on the cell, not on a span around the value: openhtmltopdf draws such a span after
 * the rest of its line, so text copied from the PDF would come out of order.
 */
final class WholeValues {
    static final String CLASS = "nowrap";
    /** Longer cells wrap: at 8.5 pt about this many characters fit the narrowest value column. */
    static final int SHORT = 24;
    /**
     * An ISO date; a share such as "19 av 41" (any short word between the numbers); a signed number
     * with the word after it ("+5 procentenheter"); a percentage.
     */
    private static final Pattern VALUE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\d+ \\p{L}{1,3} \\d+|[+\u2212-]\\d+ \\p{L}+|\\d+(?:,\\d+)? %");

    private WholeValues() {
    }

    static void keep(Document document) {
        for (Element cell : document.select("td, th")) {
            String text = cell.text();
            if (text.length() <= SHORT && VALUE.matcher(text).find()) {
                cell.addClass(CLASS);
            }
        }
    }
}
