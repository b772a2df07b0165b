package se.lishandboken.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the build shows from git.
 *
 * @param version the sources' version; null outside a git repository
 * @param changes each source file's commits, newest first, by path relative to the site folder
 * @param sinceRelease what changed since the previous release; null without an earlier tag
 */
public record SiteHistory(SourceVersion version, Map<String, List<Change>> changes, ReleaseChanges sinceRelease) {

    /** The history of a site that is not in a git repository. */
    public static final SiteHistory NONE = new SiteHistory(null, Map.of(), null);

    public SiteHistory {
        changes = Map.copyOf(changes);
    }

    /** The commits that touched {@code sourcePath} (relative to the site folder), newest first. */
    public List<Change> of(String sourcePath) {
        return changes.getOrDefault(sourcePath.replace('\\', '/'), List.of());
    }

    public Optional<SourceVersion> sourceVersion() {
        return Optional.ofNullable(version);
    }

    public Optional<ReleaseChanges> changesSinceRelease() {
        return Optional.ofNullable(sinceRelease);
    }
}
