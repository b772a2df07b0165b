package se.lishandboken.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision of a management review (ISO/IEC 27001:2022 9.3.3) as a review shows it: what was decided,
 * and the actions it creates or changes with their status on the review date, which for the previous
 * review's decisions is their outcome.
 *
 * @param id the decision's id
 * @param review the year of the review it was taken at
 * @param date when it was taken
 * @param text the decision
 * @param decidedBy the role that decided, by id
 * @param actions its actions, in the decision's order, with their status on the review date
 */
public record DecisionState(String id, int review, LocalDate date, String text, String decidedBy, List<ActionState> actions) {

    public DecisionState {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** How many of its actions were done (or, if recurring, done for the year) on the review date. */
    public int actionsDone() {
        return (int) actions.stream().filter(action -> action.status() == se.lishandboken.register.Status.DONE).count();
    }
}
