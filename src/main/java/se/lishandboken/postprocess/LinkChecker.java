package se.lishandboken.postprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Finds every internal link, resource reference and xref whose target file or anchor does not exist.
 * Each one is reported with the page it is on and the target it points to.
 */
final class LinkChecker {
    private static final String LINKS = "a[href], area[href], link[href], img[src], script[src], source[src], iframe[src]";

    private final Path outputDir;
    private final Path siteDir;
    private final Map<String, HtmlPage> pages;

    LinkChecker(Path outputDir, Path siteDir, List<HtmlPage> pages) {
        this.outputDir = outputDir;
        this.siteDir = siteDir;
        this.pages = pages.stream().collect(Collectors.toMap(HtmlPage::uri, Function.identity()));
    }

    List<Problem> check(HtmlPage page) {
        List<Problem> problems = new ArrayList<>();
        for (Element element : page.document().select(LINKS)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String link = element.attr(attribute).strip();
            URI uri;
            try {
                uri = new URI(link);
            } catch (URISyntaxException e) {
                problems.add(problem(page, link, "link.invalid", link));
                continue;
            }
            if (uri.getScheme() != null || uri.getAuthority() != null || link.isEmpty()) {
                continue; // External links are the guard's business; empty ones are links to self.
            }
            String missingKey = element.tagName().equals("a") ? "link.broken" : "resource.broken";
            check(page, link, uri, missingKey).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Problem> check(HtmlPage page, String link, URI uri, String missingKey) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String targetUri = path.isEmpty() ? page.uri() : resolve(page.uri(), path);
        if (targetUri == null) {
            return Optional.of(problem(page, link, "link.outside", link));
        }
        Path target = outputDir.resolve(targetUri);
        if (Files.isDirectory(target)) {
            targetUri = (targetUri.isEmpty() || targetUri.endsWith("/") ? targetUri : targetUri + "/") + "index.html";
            target = outputDir.resolve(targetUri);
        }
        if (!Files.isRegularFile(target)) {
            return Optional.of(problem(page, link, missingKey, link, targetUri));
        }
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty() || !targetUri.endsWith(".html")) {
            return Optional.empty();
        }
        Document targetDocument = document(targetUri, target);
        if (targetDocument.getElementById(fragment) == null && targetDocument.selectFirst("a[name=" + cssEscape(fragment) + "]") == null) {
            return Optional.of(problem(page, link, "anchor.broken", link, targetUri, fragment));
        }
        return Optional.empty();
    }

    private Document document(String uri, Path file) {
        HtmlPage known = pages.get(uri);
        if (known != null) {
            return known.document();
        }
        try {
            return org.jsoup.Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves a relative path against the page's folder; null if it climbs above the site root. */
    private static String resolve(String pageUri, String path) {
        Path base = Path.of("/" + pageUri).getParent();
        Path resolved = (path.startsWith("/") ? Path.of(path) : base.resolve(path)).normalize();
        String result = resolved.toString().replace('\\', '/');
        if (!result.startsWith("/") || result.startsWith("/..")) {
            return null;
        }
        return result.substring(1) + (path.endsWith("/") && !result.equals("/") ? "/" : "");
    }

    private Problem problem(HtmlPage page, String link, String key, Object... arguments) {
        return ProblemText.error(page.reportedFile(), SourceLines.find(siteDir, page, link), key, arguments);
    }

    private static String cssEscape(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
