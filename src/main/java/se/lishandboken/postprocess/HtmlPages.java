package se.lishandboken.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import se.lishandboken.page.Page;
import se.lishandboken.site.BakedSite;

/** Loads every HTML file of a baked site. */
final class HtmlPages {

    private HtmlPages() {
    }

    static List<HtmlPage> load(BakedSite site) {
        Map<String, Page> pages = site.pages().stream().collect(Collectors.toMap(Page::uri, Function.identity()));
        Path root = site.outputDir();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Parsing is most of the post-processing time; pages are independent, and the order is kept.
        return files.parallelStream().map(file -> {
            String uri = root.relativize(file).toString().replace('\\', '/');
            try {
                Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), uri);
                document.outputSettings().prettyPrint(false);
                return new HtmlPage(file, uri, pages.get(uri), document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
