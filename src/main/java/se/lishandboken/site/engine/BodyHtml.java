package se.lishandboken.site.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Asciidoctor's HTML made fit for the site, once per conversion (so the conversion cache keeps the
 * result): {@code style} attributes removed (Asciidoctor writes column widths as inline styles, which
 * the site's Content-Security-Policy blocks; tables size themselves to fit a phone instead), and each
 * table wrapped in a focusable, labelled scroll region, so a wide table scrolls on its own on a phone
 * instead of making the whole page scroll sideways.
 */
final class BodyHtml {

    private BodyHtml() {
    }

    /** The body ready for the templates; {@code tableLabel} names a table region that has no caption. */
    static String polish(String html, String tableLabel) {
        if (!html.contains("<table") && !html.contains("style=")) {
            return html; // nothing to do, and most pages are like this
        }
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : body.body().select("[style]")) {
            element.removeAttr("style");
            changed = true;
        }
        for (Element table : body.body().select("table.tableblock")) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) {
                continue;
            }
            Element caption = table.selectFirst("> caption");
            table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", caption != null ? caption.text() : tableLabel);
            changed = true;
        }
        return changed ? body.body().html() : html;
    }
}
