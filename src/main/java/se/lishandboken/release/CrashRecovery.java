package se.lishandboken.release;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * Brings the journal and the publish folder back in line with {@code current} after a publish or rollback
 * was stopped, under the publish lock, before the next one does anything.
 *
 * <p>{@code current} is the commit point: a release is live once the link points at it, and the journal
 * follows. So a release that {@code current} points at but the journal does not end with (stopped after
 * the switch) is written into the journal, with the time the link was switched; and a complete release
 * the journal never had (stopped before the switch) never went live and is removed, so it is neither
 * listed, nor a rollback target, nor in the way of publishing the same version again.
 */
final class CrashRecovery {

    private CrashRecovery() {
    }

    static Recovered recover(ReleaseStore store, Optional<PublishedRelease> current) throws IOException {
        Optional<Journal> stored = JournalFile.read(store.dir());
        List<PublishedRelease> releases = store.releases();
        Journal journal = stored.orElseGet(() -> fromReleases(releases, current));
        if (current.isPresent()) {
            journal = journal.recording(current.get(), store.switchedAt());
        }
        if (!journal.entries().isEmpty() && !Objects.equals(stored.orElse(null), journal)) {
            JournalFile.write(store.dir(), journal, Checkpoint.NONE);
        }
        List<String> discarded = new ArrayList<>();
        for (PublishedRelease release : releases) {
            if (!journal.wasLive(release)) {
                store.delete(release);
                discarded.add(release.name());
            }
        }
        return new Recovered(journal, discarded);
    }

    /**
     * The journal of a publish folder from before journals: every release was live once, in the order it
     * was published. Without {@code current} nothing ever went live.
     */
    private static Journal fromReleases(List<PublishedRelease> releases, Optional<PublishedRelease> current) {
        if (current.isEmpty()) {
            return Journal.EMPTY;
        }
        return new Journal(releases.stream()
                .sorted(Comparator.comparing(PublishedRelease::publishedAt).thenComparing(PublishedRelease::name))
                .map(release -> JournalEntry.of(release, release.publishedAt(), JournalEntry.How.PUBLISH))
                .toList());
    }

}
