package se.lishandboken.rollup;

import se.lishandboken.review.Share;

/**
 * How a share looks in the heat map: a word as well as a colour, so it is never told by colour alone.
 * Each colour is a light tint under black text (contrast above 12:1).
 */
public enum HeatLevel {
    /** Below 50 %. */
    LOW("låg"),
    /** 50–79 %. */
    MEDIUM("medel"),
    /** 80 % and above. */
    HIGH("hög"),
    /** Not known for the review's period. */
    UNKNOWN("saknas");

    private final String word;

    HeatLevel(String word) {
        this.word = word;
    }

    /** The level of {@code share}; {@link #UNKNOWN} if it is null or of nothing. */
    public static HeatLevel of(Share share) {
        if (share == null || share.total() == 0) {
            return UNKNOWN;
        }
        int percent = share.percent();
        return percent >= 80 ? HIGH : percent >= 50 ? MEDIUM : LOW;
    }

    /** The word shown in the cell, e.g. {@code låg}. */
    public String word() {
        return word;
    }

    /** The CSS class modifier, e.g. {@code low}. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
