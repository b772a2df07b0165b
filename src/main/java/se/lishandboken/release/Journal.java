package se.lishandboken.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which releases were live, in the order they went live. A publish puts its release on top; a rollback
 * goes back to the one below, so rollbacks in a row go further back, as far as releases are kept.
 * Only a release that is in the journal was ever live: one that is not never went live.
 *
 * @param entries oldest first; the last entry's release is the one {@code current} points at
 */
record Journal(List<JournalEntry> entries) {
    static final Journal EMPTY = new Journal(List.of());

    Journal {
        entries = List.copyOf(entries);
    }

    Journal with(JournalEntry entry) {
        List<JournalEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new Journal(more);
    }

    /** Whether {@code release} was ever live. */
    boolean wasLive(PublishedRelease release) {
        return entries.stream().anyMatch(entry -> entry.is(release));
    }

    /** Those of {@code releases} that were ever live, in the order given. */
    List<PublishedRelease> live(List<PublishedRelease> releases) {
        return releases.stream().filter(this::wasLive).toList();
    }

    /**
     * The journal with {@code current} as the live release: unchanged if it already is, else with an entry
     * for it (a rollback if it was live below the top, a publish otherwise). Used when a publish or rollback
     * was stopped after switching {@code current} but before its entry was written.
     */
    Journal recording(PublishedRelease current, Instant switchedAt) {
        List<JournalEntry> stack = stack();
        if (!stack.isEmpty() && stack.get(stack.size() - 1).is(current)) {
            return this;
        }
        boolean below = stack.stream().anyMatch(entry -> entry.is(current));
        return with(JournalEntry.of(current, switchedAt, below ? JournalEntry.How.ROLLBACK : JournalEntry.How.PUBLISH));
    }

    /** The release live before the live one, the newest that is still kept in {@code releases}; empty if none. */
    Optional<PublishedRelease> previous(List<PublishedRelease> releases) {
        List<JournalEntry> stack = stack();
        for (int i = stack.size() - 2; i >= 0; i--) {
            JournalEntry entry = stack.get(i);
            Optional<PublishedRelease> kept = releases.stream().filter(entry::is).findFirst();
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.empty();
    }

    /** The entries replayed: a publish pushes its release, a rollback pops down to its release. The top is live. */
    private List<JournalEntry> stack() {
        List<JournalEntry> stack = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.how() == JournalEntry.How.ROLLBACK) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
                while (!stack.isEmpty() && !stack.get(stack.size() - 1).sameRelease(entry)) {
                    stack.remove(stack.size() - 1);
                }
                if (!stack.isEmpty()) {
                    continue;
                }
            }
            stack.add(entry);
        }
        return stack;
    }
}
