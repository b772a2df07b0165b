package se.lishandboken.release;

/** The points a publish passes, in order; a rollback passes {@link #LOCKED}, then {@link #SWITCHING} to {@link #INDEXED}. Tests stop both at each one. */
public enum PublishStep {
    /** The lock is held, leftovers of killed publishes are cleared and the journal agrees with {@code current}. */
    LOCKED,
    /** The site is built and checked in its staging folder. */
    BUILT,
    /** The staging folder is renamed to {@code releases/<version>}; it is not live yet. */
    RELEASED,
    /** The new {@code current} link is made under a temporary name and about to be renamed over the old one. */
    SWITCHING,
    /** {@code current} points at the new release: the commit point, from here on the release is live. */
    SWITCHED,
    /** The new journal is written and synced under a temporary name and about to be renamed over the old one. */
    JOURNALING,
    /** {@code journal.json} ends with the new release. */
    JOURNALED,
    /** {@code releases/index.html} lists the new release. */
    INDEXED,
    /** Releases beyond the number kept are deleted. */
    PRUNED
}
