package se.lishandboken.review;

import se.lishandboken.register.Risk;

/**
 * A risk with the state of its treatment on the review date.
 *
 * @param risk the risk
 * @param actionsDone its treating actions done by then
 * @param actionsTotal all its treating actions
 */
public record RiskState(Risk risk, int actionsDone, int actionsTotal) {

    /** Whether the risk is handled: accepted, or every treating action done. */
    public boolean isTreated() {
        return risk.treatment().decision() == se.lishandboken.register.Treatment.Decision.ACCEPT
                || (actionsTotal > 0 && actionsDone == actionsTotal);
    }
}
