package se.lishandboken.review;

/**
 * A part of a whole, e.g. 32 classified assets of 43.
 *
 * @param part how many
 * @param total of how many
 */
public record Share(int part, int total) {

    public static final Share NONE = new Share(0, 0);

    /** Whole percent; 0 of nothing is 0. */
    public int percent() {
        return se.lishandboken.register.ClassificationCoverage.percent(part, total);
    }

    /** The change in percentage points since {@code earlier}. */
    public int pointsSince(Share earlier) {
        return percent() - earlier.percent();
    }
}
