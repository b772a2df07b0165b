package se.lishandboken.postprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.lishandboken.page.Page;

/** Finds, best effort, the line of the AsciiDoc source that produced a link in the baked HTML. */
final class SourceLines {

    private SourceLines() {
    }

    /** The 1-based line of {@code page}'s source that mentions {@code link}'s target, or 0 (always for a generated file, null). */
    static int find(Path siteDir, Page page, String link) {
        if (page == null || link == null || link.isBlank()) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(siteDir.resolve(page.source()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0;
        }
        String asciidoc = link.replace(".html", ".adoc");
        String fragment = fragmentOf(link);
        String anchor = fragment.isEmpty() ? "" : "<<" + fragment.substring(1);
        for (String needle : new String[] {asciidoc, link, fragment, anchor, fileOf(asciidoc)}) {
            if (needle.isEmpty()) {
                continue;
            }
            int line = se.lishandboken.problem.SourceLine.first(lines, text -> text.contains(needle));
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    private static String fragmentOf(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? "" : link.substring(hash);
    }

    private static String fileOf(String link) {
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
