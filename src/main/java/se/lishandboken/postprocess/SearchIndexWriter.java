package se.lishandboken.postprocess;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Writes the offline search index: one entry per page section, so a result links to the section.
 *
 * <p>The index is a script that assigns a global rather than a JSON file, because a browser will not
 * fetch a JSON file for a page opened from {@code file://}, but it will load a script.
 */
final class SearchIndexWriter {
    static final String INDEX_FILE = "search-index.js";
    /** The index is a script that sets a global, so search works from file:// too. */
    static final String PREFIX = "window.LIS_SEARCH_INDEX = ";
    private static final int MAX_TEXT = 4000;
    private static final String BODY = "[data-search-body]";

    private SearchIndexWriter() {
    }

    static List<SearchEntry> entries(HtmlPage page) {
        Element body = page.document().selectFirst(BODY);
        if (body == null) {
            return List.of();
        }
        String title = page.page() != null ? page.page().title() : page.document().title();
        List<SearchEntry> entries = new ArrayList<>();
        Element preamble = body.selectFirst("#preamble");
        boolean sectioned = body.selectFirst(".sect1") != null;
        if (!sectioned || preamble != null) {
            Element intro = sectioned ? preamble : body;
            entries.add(new SearchEntry(page.uri(), title, "", text(intro)));
        }
        for (Element section : body.select(".sect1, .sect2")) {
            Element heading = section.selectFirst("> h2, > h3");
            if (heading == null || heading.id().isEmpty()) {
                continue;
            }
            Element own = section.clone();
            own.select(".sect2, .sect3").remove();
            own.select("> h2, > h3").remove();
            entries.add(new SearchEntry(page.uri() + "#" + heading.id(), title, heading.text(), text(own)));
        }
        return entries;
    }

    /** Writes the index as it serialises it: at 100,000 asset pages it is tens of megabytes, not to be held twice. */
    static void write(Path outputDir, List<SearchEntry> entries) {
        try (Writer out = Files.newBufferedWriter(outputDir.resolve(INDEX_FILE), StandardCharsets.UTF_8)) {
            out.write(PREFIX);
            new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, entries);
            out.write(";\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Element element) {
        String text = element.text();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
