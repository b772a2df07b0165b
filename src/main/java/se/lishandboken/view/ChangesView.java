package se.lishandboken.view;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.lishandboken.history.RecordChange;
import se.lishandboken.history.Release;
import se.lishandboken.history.ReleaseChanges;
import se.lishandboken.page.Page;

/**
 * The "new since the last release" page as its template reads it.
 *
 * @param previous the release compared with
 * @param pages the handbook pages changed, each with its title and, unless it was removed, its link
 * @param records the register records changed, management-only records already left out
 */
public record ChangesView(Release previous, List<PageChange> pages, List<RecordChange> records) {
    /** The page type that shows what changed, {@code :jbake-type: changes}. */
    public static final String PAGE_TYPE = "changes";

    /**
     * One changed page.
     *
     * @param title the page's title, or its source path if it no longer exists
     * @param uri the page from the site root; null if the page was removed
     */
    public record PageChange(String title, String uri) {
    }

    public static ChangesView of(ReleaseChanges changes, List<Page> pages) {
        Map<String, Page> bySource = pages.stream()
                .collect(Collectors.toMap(page -> page.source().toString().replace('\\', '/'), Function.identity(), (a, b) -> a));
        List<PageChange> changed = changes.pages().stream()
                .map(path -> {
                    Page page = bySource.get(path);
                    return page == null ? new PageChange(path, null) : new PageChange(page.title(), page.uri());
                })
                .toList();
        return new ChangesView(changes.previous(), changed, changes.records());
    }
}
