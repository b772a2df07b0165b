package se.lishandboken.postprocess;

import org.jsoup.nodes.Element;

/**
 * Removes {@code style} attributes (Asciidoctor writes column widths as inline styles), which the
 * site's Content-Security-Policy would block anyway; tables size themselves to fit a phone instead.
 */
final class InlineStyleRemover {

    private InlineStyleRemover() {
    }

    /** Returns whether the page changed. */
    static boolean strip(HtmlPage page) {
        boolean changed = false;
        for (Element element : page.document().select("main [style]")) {
            element.removeAttr("style");
            changed = true;
        }
        return changed;
    }
}
