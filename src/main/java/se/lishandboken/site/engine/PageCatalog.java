package se.lishandboken.site.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import se.lishandboken.page.Page;
import se.lishandboken.view.NavTree;

/**
 * Every page the bake has read, filled while the pages are read and used while they render.
 *
 * <p>Rendering starts only after every page is read, so the navigation tree is built once, on the
 * first request, and handed to every page.
 */
public final class PageCatalog {
    /** The page type of the search page the header's search form sends its query to. */
    public static final String SEARCH_TYPE = "search";
    private final Map<String, Page> pages = new ConcurrentSkipListMap<>();
    private volatile NavTree navigation;
    private volatile List<Page> reviews;
    private final Map<String, Optional<Page>> firstOfType = new java.util.concurrent.ConcurrentHashMap<>();

    public void add(Page page) {
        pages.put(page.uri(), page);
        navigation = null;
        reviews = null;
        firstOfType.clear();
    }

    /**
     * The site's search page: the first page, in uri order, of type {@code search}, wherever the site
     * keeps it; empty if it has none. Computed once, not per rendered page.
     */
    public Optional<Page> searchPage() {
        return firstOfType(SEARCH_TYPE);
    }

    /**
     * The site's accessibility statement: the first page, in uri order, of type {@code tillganglighet},
     * which every page's footer links to; empty if it has none.
     */
    public Optional<Page> accessibilityPage() {
        return firstOfType(se.lishandboken.view.AccessibilityStatement.PAGE_TYPE);
    }

    private Optional<Page> firstOfType(String type) {
        return firstOfType.computeIfAbsent(type, t -> pages.values().stream().filter(p -> t.equals(p.type())).findFirst());
    }

    /** The management review pages, newest year first; computed once, not per rendered page. */
    public List<Page> reviews() {
        List<Page> list = reviews;
        if (list == null) {
            list = pages.values().stream().filter(p -> p.review() != null)
                    .sorted(java.util.Comparator.comparingInt((Page p) -> p.review().year()).reversed())
                    .toList();
            reviews = list;
        }
        return list;
    }

    public Optional<Page> page(String uri) {
        return Optional.ofNullable(pages.get(uri));
    }

    /** All pages in uri order. */
    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public NavTree navigation() {
        NavTree tree = navigation;
        if (tree == null) {
            synchronized (this) {
                tree = navigation;
                if (tree == null) {
                    tree = NavTree.of(pages.values());
                    navigation = tree;
                }
            }
        }
        return tree;
    }
}
