package se.lishandboken.lint;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.source.SiteAddress;

/**
 * The files the build will write, as far as the sources show them, and the link rule the build's link
 * checker applies to a page's links: a link must be a valid address inside the site, its target must
 * be written (a folder means its {@code index.html}), and a fragment must be an anchor of the target.
 * Problems are worded as the build words them, naming the link and the target's address.
 */
final class SiteLinks {
    private final Map<String, PageAnchors> pages;
    private final Set<String> files;
    private final Set<String> folders = new HashSet<>();

    /**
     * @param pages the converted pages by address, with their anchors
     * @param files every other file written, by address (its anchors are not known)
     */
    SiteLinks(Map<String, PageAnchors> pages, Set<String> files) {
        this.pages = pages;
        this.files = files;
        for (String uri : pages.keySet()) {
            addFolders(uri);
        }
        files.forEach(this::addFolders);
    }

    /** The problem with the link {@code href} on the page at {@code pageUri}, from line {@code line} of {@code source}. */
    Optional<Problem> check(Path source, int line, String pageUri, String href) {
        return check(source, line, pageUri, href, "link.broken");
    }

    /** The problem with the image or other resource {@code src} on the page, as {@link #check(Path, int, String, String)}. */
    Optional<Problem> checkResource(Path source, int line, String pageUri, String src) {
        return check(source, line, pageUri, src, "resource.broken");
    }

    private Optional<Problem> check(Path source, int line, String pageUri, String href, String missingKey) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Optional.of(ProblemText.error(source, line, "link.invalid", href));
        }
        if (uri.getScheme() != null || uri.getAuthority() != null || href.isEmpty()) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String target = path.isEmpty() ? pageUri : SiteAddress.resolve(pageUri, path);
        if (target == null) {
            return Optional.of(ProblemText.error(source, line, "link.outside", href));
        }
        String folder = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        if (folder.isEmpty() || folders.contains(folder)) {
            target = (target.isEmpty() || target.endsWith("/") ? target : target + "/") + "index.html";
        }
        if (!pages.containsKey(target) && !files.contains(target)) {
            return Optional.of(ProblemText.error(source, line, missingKey, href, target));
        }
        String fragment = uri.getFragment();
        PageAnchors anchors = pages.get(target);
        if (fragment == null || fragment.isEmpty() || anchors == null || anchors.ids().contains(fragment)) {
            return Optional.empty();
        }
        return Optional.of(ProblemText.error(source, line, "anchor.broken", href, target, fragment));
    }


    private void addFolders(String uri) {
        for (int slash = uri.indexOf('/'); slash > 0; slash = uri.indexOf('/', slash + 1)) {
            folders.add(uri.substring(0, slash));
        }
    }
}
