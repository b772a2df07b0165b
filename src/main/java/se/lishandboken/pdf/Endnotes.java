package se.lishandboken.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a page's footnotes to the end, under a heading of their own. Asciidoctor writes them after the
 * narrative ({@code #footnotes}), which in a report with sections after the narrative is mid-document.
 * The template marks where they go with {@code data-pdf-notes} (hidden on the web); without footnotes
 * that place is removed.
 */
final class Endnotes {
    static final String ATTRIBUTE = "data-pdf-notes";

    private Endnotes() {
    }

    static void gather(Document document) {
        Element place = document.selectFirst("[" + ATTRIBUTE + "]");
        if (place == null) {
            return;
        }
        Element footnotes = document.selectFirst("#footnotes");
        if (footnotes == null || footnotes.select(".footnote").isEmpty()) {
            place.remove();
            return;
        }
        footnotes.select("> hr").remove();
        place.appendChild(footnotes);
        place.removeAttr("hidden");
    }
}
