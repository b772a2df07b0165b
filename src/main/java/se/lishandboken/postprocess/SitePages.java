package se.lishandboken.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

/** Reads every HTML file of a baked site: what the passes need from it comes from the cache if the file is unchanged, else from parsing it. */
final class SitePages {

    private SitePages() {
    }

    /** Every HTML file under the site's output folder, in path order; the facts of the files parsed are put in {@code cache}. */
    static List<SitePage> load(BakedSite site, FactsCache cache) {
        Map<String, Page> pages = site.pages().stream().collect(Collectors.toMap(Page::uri, Function.identity()));
        Path root = site.outputDir();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Pages are independent, and the order is kept.
        return files.parallelStream().map(file -> {
            String uri = root.relativize(file).toString().replace('\\', '/');
            Page page = pages.get(uri);
            try {
                byte[] html = Files.readAllBytes(file);
                String key = FactsCache.key(uri, page, html);
                PageFacts cached = cache.get(key);
                if (cached != null) {
                    return new SitePage(uri, page, key, cached, true);
                }
                Document document = Jsoup.parse(decode(html), uri);
                document.outputSettings().prettyPrint(false);
                PageFacts facts = cache.shared().of(PageFacts.of(new HtmlPage(file, uri, page, document)));
                cache.put(key, facts);
                return new SitePage(uri, page, key, facts, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** UTF-8 that must be well formed, as {@link Files#readString} reads it. */
    private static String decode(byte[] html) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(html)).toString();
    }
}
