package se.lishandboken.release;

/** The points a publish passes, in order. Tests stop a publish at each one. */
public enum PublishStep {
    /** The lock is held and leftovers of killed publishes are cleared. */
    LOCKED,
    /** The site is built and checked in its staging folder. */
    BUILT,
    /** The staging folder is renamed to {@code releases/<version>}. */
    RELEASED,
    /** {@code current} points at the new release. */
    SWITCHED,
    /** {@code releases/index.html} lists the new release. */
    INDEXED,
    /** Releases beyond the number kept are deleted. */
    PRUNED
}
