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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.SiteAddress;

/**
 * Finds every internal link, resource reference and xref whose target file or anchor does not exist.
 * Each one is reported with the page it is on and the target it points to. Links are checked against
 * the site as it is in this build, whether they were read from the page now or kept from a build before.
 */
final class LinkChecker {
    private static final String LINKS = "a[href], area[href], link[href], img[src], script[src], source[src], iframe[src]";

    private final Path outputDir;
    private final Path siteDir;
    /** The anchors of the site's pages, by uri; a target not among them is read from its file. */
    private final Map<String, Anchors> anchors;
    private final Map<String, Anchors> read = new ConcurrentHashMap<>();
    /** What each link, from a folder or a page, was found to be: the same wherever it stands there. */
    private final Map<Link, Optional<Verdict>> verdicts = new ConcurrentHashMap<>();
    private final Map<String, Target> targets = new ConcurrentHashMap<>();

    /** A checker for links between {@code pages}, which are parsed; links to other pages read those pages' files. */
    LinkChecker(Path outputDir, Path siteDir, List<HtmlPage> pages) {
        this(outputDir, siteDir, pages.stream().collect(Collectors.toMap(HtmlPage::uri, page -> Anchors.of(page.document()))));
    }

    /** A checker for links to the pages whose anchors are given, by uri; links to other pages read those pages' files. */
    LinkChecker(Path outputDir, Path siteDir, Map<String, Anchors> anchors) {
        this.outputDir = outputDir;
        this.siteDir = siteDir;
        this.anchors = Map.copyOf(anchors);
    }

    /** Every link and resource reference of a parsed page, in document order. */
    static List<PageLink> links(Document document) {
        List<PageLink> links = new ArrayList<>();
        for (Element element : document.select(LINKS)) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            links.add(new PageLink(element.attr(attribute).strip(), element.tagName().equals("a")));
        }
        return links;
    }

    List<Problem> check(HtmlPage page) {
        return check(page.uri(), page.page(), links(page.document()));
    }

    /**
     * Checks the links of the page {@code uri}, baked from {@code page} (null for a generated file).
     *
     * @return a problem for each link that is invalid or whose target is missing; empty if none is
     */
    List<Problem> check(String uri, Page page, List<PageLink> links) {
        List<Problem> problems = new ArrayList<>();
        String folder = uri.substring(0, uri.lastIndexOf('/') + 1);
        for (PageLink link : links) {
            // A link means the same from every page in a folder, unless it has no path (#anchor, ?query).
            String from = link.target().startsWith("#") || link.target().startsWith("?") ? uri : folder;
            verdicts.computeIfAbsent(new Link(from, link), key -> verdict(uri, link))
                    .ifPresent(verdict -> problems.add(problem(uri, page, link.target(), verdict.key(), verdict.arguments())));
        }
        return problems;
    }

    /** What is wrong with {@code pageLink} on the page {@code uri}; empty if nothing is. */
    private Optional<Verdict> verdict(String uri, PageLink pageLink) {
        String link = pageLink.target();
        URI parsed;
        try {
            parsed = new URI(link);
        } catch (URISyntaxException e) {
            return Verdict.of("link.invalid", link);
        }
        if (parsed.getScheme() != null || parsed.getAuthority() != null || link.isEmpty()) {
            return Optional.empty(); // External links are the guard's business; empty ones are links to self.
        }
        String path = parsed.getPath() == null ? "" : parsed.getPath();
        String targetUri = path.isEmpty() ? uri : SiteAddress.resolve(uri, path);
        if (targetUri == null) {
            return Verdict.of("link.outside", link);
        }
        Target target = targets.computeIfAbsent(targetUri, this::target);
        if (!target.exists()) {
            return Verdict.of(pageLink.clicked() ? "link.broken" : "resource.broken", link, target.uri());
        }
        String fragment = parsed.getFragment();
        if (fragment == null || fragment.isEmpty() || !target.uri().endsWith(".html")) {
            return Optional.empty();
        }
        if (!anchorsOf(target.uri()).contains(fragment)) {
            return Verdict.of("anchor.broken", link, target.uri(), fragment);
        }
        return Optional.empty();
    }

    /** The file a link's path names: the path itself, or the {@code index.html} in it if it is a folder. */
    private Target target(String targetUri) {
        String uri = targetUri;
        Path file = outputDir.resolve(uri);
        if (Files.isDirectory(file)) {
            uri = (uri.isEmpty() || uri.endsWith("/") ? uri : uri + "/") + "index.html";
            file = outputDir.resolve(uri);
        }
        return new Target(uri, Files.isRegularFile(file));
    }

    private Anchors anchorsOf(String uri) {
        Anchors known = anchors.get(uri);
        return known != null ? known : read.computeIfAbsent(uri, this::readAnchors);
    }

    private Anchors readAnchors(String uri) {
        try {
            return Anchors.of(Jsoup.parse(Files.readString(outputDir.resolve(uri), StandardCharsets.UTF_8), uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private Problem problem(String uri, Page page, String link, String key, List<String> arguments) {
        return ProblemText.error(HtmlPage.reportedFile(uri, page), SourceLines.find(siteDir, page, link), key, arguments.toArray());
    }

    /**
     * A link as it stands in a folder, or in one page if it has no path.
     *
     * @param from the folder's uri (ending in a slash, empty for the root), or the page's
     * @param link the link
     */
    private record Link(String from, PageLink link) {
    }

    /**
     * Where a link's path leads in this build.
     *
     * @param uri the file's uri, with {@code index.html} added for a folder
     * @param exists whether that file exists
     */
    private record Target(String uri, boolean exists) {
    }

    /**
     * What is wrong with a link.
     *
     * @param key the problem's text key
     * @param arguments the problem text's arguments
     */
    private record Verdict(String key, List<String> arguments) {
        static Optional<Verdict> of(String key, String... arguments) {
            return Optional.of(new Verdict(key, List.of(arguments)));
        }
    }
}
