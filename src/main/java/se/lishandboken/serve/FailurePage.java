package se.lishandboken.serve;

import org.jsoup.nodes.Document;

/** The page served while there is no good site yet: the build's messages, escaped, and the live-reload script. */
final class FailurePage {

    private FailurePage() {
    }

    static String html(String messages, String language) {
        Document page = Document.createShell("");
        page.selectFirst("html").attr("lang", language);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text("lis serve");
        page.body().appendElement("main").appendElement("pre").addClass("lis-live-messages").text(messages);
        return "<!DOCTYPE html>\n" + page.html();
    }
}
