package se.lishandboken.postprocess;

import org.jsoup.nodes.Element;

/**
 * Wraps each content table in a focusable, labelled scroll region, so a wide table scrolls on its
 * own on a phone instead of making the whole page scroll sideways.
 */
final class TableWrapper {

    private TableWrapper() {
    }

    /** Returns whether the page changed. */
    static boolean wrap(HtmlPage page, String label) {
        boolean changed = false;
        for (Element table : page.document().select("[data-search-body] table.tableblock")) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) {
                continue;
            }
            Element caption = table.selectFirst("> caption");
            String name = caption != null ? caption.text() : label;
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", name);
            changed = true;
        }
        return changed;
    }
}
