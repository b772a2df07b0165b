package se.lishandboken.release;

import java.time.Instant;

/**
 * One moment a release went live: a line of {@code DIR/journal.json}.
 *
 * @param release the release's name, its folder in {@code releases/}
 * @param published the release's own stamp (its {@code .published} file); with the name it tells which folder
 *        went live, so a later release that reuses a pruned release's name is not taken for it
 * @param wentLive when {@code current} was switched to it
 * @param how whether a publish or a rollback made it live
 */
record JournalEntry(String release, Instant published, Instant wentLive, How how) {

    /** What made a release live. */
    enum How {
        PUBLISH, ROLLBACK
    }

    static JournalEntry of(PublishedRelease release, Instant wentLive, How how) {
        return new JournalEntry(release.name(), release.publishedAt(), wentLive, how);
    }

    /** Whether this entry is about {@code candidate}: the same folder name with the same stamp. */
    boolean is(PublishedRelease candidate) {
        return release.equals(candidate.name()) && published.equals(candidate.publishedAt());
    }

    /** Whether {@code other} is about the same release as this entry. */
    boolean sameRelease(JournalEntry other) {
        return release.equals(other.release()) && published.equals(other.published());
    }
}
