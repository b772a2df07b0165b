package se.lishandboken.rollup;

import se.lishandboken.review.Share;

/**
 * One figure in the roll-up's tables: its text and its heat-map level.
 *
 * @param text e.g. {@code 46 % (19 av 41)}, or {@code –} if not known
 * @param level its level in the heat map
 */
public record Cell(String text, HeatLevel level) {

    static Cell of(Share share) {
        HeatLevel level = HeatLevel.of(share);
        if (level == HeatLevel.UNKNOWN) {
            return new Cell("–", level);
        }
        return new Cell(share.percent() + " % (" + share.part() + " av " + share.total() + ")", level);
    }

    /** The percent alone, for a trend; {@code –} if not known. */
    public String percent() {
        return level == HeatLevel.UNKNOWN ? "–" : text.substring(0, text.indexOf(" (")) ;
    }
}
