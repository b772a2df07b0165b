package se.lishandboken.postprocess;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;

/**
 * The jsoup passes for one re-rendered page, written into a live site: lis serve's fast path after
 * a page edit. The page gets the same checks as in a full build, its search entries are
 * replaced in the index, and nothing is written if the page has an error.
 */
public final class PageRefresh {
    private PageRefresh() {
    }

    /**
     * Checks and writes {@code html} as the page {@code uri} of the site in {@code outputDir}.
     *
     * @return the problems found; if any is an error, nothing was written
     */
    public static List<Problem> write(Path outputDir, Path siteDir, Page page, String html) {
        Path file = outputDir.resolve(page.uri());
        Document document = Jsoup.parse(html, page.uri());
        document.outputSettings().prettyPrint(false);
        HtmlPage htmlPage = new HtmlPage(file, page.uri(), page, document);
        List<Problem> problems = new ArrayList<>(new LinkChecker(outputDir, siteDir, List.of(htmlPage)).check(htmlPage));
        problems.addAll(new ExternalResourceGuard(siteDir).check(htmlPage));
        if (problems.stream().anyMatch(Problem::isError)) {
            return problems;
        }
        try {
            // Written as rendered, as a build writes it: the passes only read the page.
            se.lishandboken.files.AtomicWrite.write(file, html);
            updateIndex(outputDir, page.uri(), SearchIndexWriter.entries(htmlPage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void updateIndex(Path outputDir, String uri, List<SearchEntry> entries) throws IOException {
        Path index = outputDir.resolve(SearchIndexWriter.INDEX_FILE);
        String script = Files.readString(index, StandardCharsets.UTF_8).strip();
        String json = script.substring(SearchIndexWriter.PREFIX.length(), script.length() - 1);
        List<SearchEntry> all = new ArrayList<>(new ObjectMapper().readValue(json, new TypeReference<List<SearchEntry>>() { }));
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).u().equals(uri) || all.get(i).u().startsWith(uri + "#")) {
                at = at < 0 ? i : at;
                all.remove(i--);
            }
        }
        all.addAll(at < 0 ? all.size() : at, entries);
        SearchIndexWriter.write(outputDir, all);
    }

}
