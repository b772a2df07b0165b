package se.lishandboken.history;

import java.util.List;

/**
 * What changed between the previous release and the commit being built.
 *
 * @param previous the previous release
 * @param pages the content files added, changed or removed, relative to the site folder, sorted
 * @param records the register records added, changed or removed, management-only records left out
 */
public record ReleaseChanges(Release previous, List<String> pages, List<RecordChange> records) {

    public ReleaseChanges {
        pages = List.copyOf(pages);
        records = List.copyOf(records);
    }
}
