package se.lishandboken.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lishandboken.page.Page;

/**
 * The site's navigation, built once per bake from every page's folder and {@code :nav-order:}.
 *
 * <p>A folder's {@code index.adoc} is the parent of the other pages in that folder and of the folders
 * below it; a page named like a folder ({@code tillgangar.adoc} beside {@code tillgangar/}) is the
 * parent of that folder's pages. The root {@code index.adoc} is the start page.
 */
public final class NavTree {
    private static final Comparator<Page> ORDER =
            Comparator.comparingInt(Page::navOrder).thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER);

    private final Map<String, Page> pages;
    private final Map<String, String> parents;
    private final List<NavNode> topLevel;

    private NavTree(Map<String, Page> pages, Map<String, String> parents, List<NavNode> topLevel) {
        this.pages = pages;
        this.parents = parents;
        this.topLevel = topLevel;
    }

    /** Builds the tree of {@code pages}. */
    public static NavTree of(Collection<Page> pages) {
        Map<String, Page> byUri = new HashMap<>();
        pages.forEach(page -> byUri.put(page.uri(), page));
        Map<String, String> parents = new HashMap<>();
        Map<String, List<Page>> children = new HashMap<>();
        for (Page page : pages) {
            parentOf(page.uri(), byUri).ifPresent(parent -> {
                parents.put(page.uri(), parent);
                if (page.inNavigation()) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(page);
                }
            });
        }
        List<Page> roots = new ArrayList<>(children.getOrDefault("index.html", List.of()));
        pages.stream()
                .filter(page -> page.inNavigation() && !page.uri().equals("index.html") && !parents.containsKey(page.uri()))
                .forEach(roots::add);
        return new NavTree(byUri, parents, nodes(roots, children));
    }

    private static List<NavNode> nodes(List<Page> pages, Map<String, List<Page>> children) {
        return pages.stream()
                .sorted(ORDER)
                .map(page -> new NavNode(page, nodes(children.getOrDefault(page.uri(), List.of()), children)))
                .toList();
    }

    private static Optional<String> parentOf(String uri, Map<String, Page> pages) {
        if (uri.equals("index.html")) {
            return Optional.empty();
        }
        String folder = uri.endsWith("/index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri;
        int last = uri.lastIndexOf('/');
        if (!uri.endsWith("/index.html") && last > 0 && pages.containsKey(uri.substring(0, last) + ".html")) {
            // register/tillgangar/x.html belongs under register/tillgangar.html.
            return Optional.of(uri.substring(0, last) + ".html");
        }
        while (true) {
            int slash = folder.lastIndexOf('/', folder.length() - 2);
            folder = slash < 0 ? "" : folder.substring(0, slash + 1);
            String candidate = folder + "index.html";
            if (pages.containsKey(candidate) && !candidate.equals(uri)) {
                return Optional.of(candidate);
            }
            if (folder.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /** The top-level entries: the start page's children and pages with no parent. */
    public List<NavNode> topLevel() {
        return topLevel;
    }

    /** The start page, if the site has one. */
    public Optional<Page> home() {
        return Optional.ofNullable(pages.get("index.html"));
    }

    /** The pages from the start page down to (and including) the page at {@code uri}; empty if unknown. */
    public List<Page> breadcrumbs(String uri) {
        LinkedList<Page> trail = new LinkedList<>();
        for (String at = uri; at != null; at = parents.get(at)) {
            Page page = pages.get(at);
            if (page != null) {
                trail.addFirst(page);
            }
        }
        return trail;
    }

    /** Whether {@code candidate} is the page at {@code uri} or one of its ancestors: such nodes are shown expanded. */
    public boolean isOnPath(String uri, String candidate) {
        for (String at = uri; at != null; at = parents.get(at)) {
            if (at.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return pages.size();
    }
}
