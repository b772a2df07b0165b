package se.lishandboken.review;

import java.time.LocalDate;
import se.lishandboken.register.Treatment;

/**
 * A risk as a review shows it: its latest assessment and the state of its treatment on the review date.
 *
 * @param id the risk's id
 * @param title the risk
 * @param owner the risk owner's role id
 * @param likelihood 1–4, of the latest assessment by the date
 * @param consequence 1–4, of that assessment
 * @param assessed when that assessment was made
 * @param decision how it is treated
 * @param actionsDone its treating actions done by the date
 * @param actionsTotal its treating actions known on the date
 */
public record RiskState(String id, String title, String owner, int likelihood, int consequence, LocalDate assessed,
        Treatment.Decision decision, int actionsDone, int actionsTotal) {

    /** Likelihood times consequence. */
    public int level() {
        return likelihood * consequence;
    }

    /** Whether the risk is handled: accepted, or every treating action done. */
    public boolean isTreated() {
        return decision == Treatment.Decision.ACCEPT || (actionsTotal > 0 && actionsDone == actionsTotal);
    }
}
