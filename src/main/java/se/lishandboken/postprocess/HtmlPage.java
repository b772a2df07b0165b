package se.lishandboken.postprocess;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import se.lishandboken.page.Page;

/**
 * One baked HTML file, parsed once and shared by every pass.
 *
 * @param file the file in the output folder
 * @param uri its path relative to the output folder, with forward slashes
 * @param page the content page it was baked from, or null for a generated file
 * @param document the parsed HTML
 */
record HtmlPage(Path file, String uri, Page page, Document document) {

    /** The file to name in a problem: the AsciiDoc source if there is one, else the HTML file. */
    Path reportedFile() {
        return reportedFile(uri, page);
    }

    /** The file to name in a problem about the file {@code uri}, baked from {@code page} (null for a generated file). */
    static Path reportedFile(String uri, Page page) {
        return page != null ? page.source() : Path.of(uri);
    }
}
