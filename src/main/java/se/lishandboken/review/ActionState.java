package se.lishandboken.review;

import java.time.LocalDate;
import se.lishandboken.register.Action;
import se.lishandboken.register.ActionSource;
import se.lishandboken.register.Status;
import se.lishandboken.register.StatusChange;

/**
 * An action as a review shows it: what it is, and its status on the review date.
 *
 * @param id the action's id
 * @param title the action, in the plan's words
 * @param planYear the plan year it is shown under
 * @param responsible the responsible role's id
 * @param source where it comes from
 * @param sourceReference where in the source, e.g. "Ledningens genomgång 2024, avsnitt 4.1"; null if not given
 * @param due when it should be done, or null
 * @param recurring whether it comes back every year
 * @param status its status on the review date; for a recurring action that runs over several years,
 *        its status in the round of {@code planYear}
 */
public record ActionState(String id, String title, int planYear, String responsible, ActionSource.Type source,
        String sourceReference, LocalDate due, boolean recurring, Status status) {

    /**
     * The action in the plan of {@code year}, with its status in the dated view (already cut at the
     * review date). A recurring action over several years is judged by that year's round: the last
     * status set during the year, or planned if none was.
     */
    static ActionState of(Action action, int year) {
        Status status;
        if (action.recurring() && action.untilYear() > action.planYear()) {
            status = action.history().stream()
                    .filter(change -> change.date().getYear() == year)
                    .reduce((first, second) -> second)
                    .map(StatusChange::status)
                    .orElse(Status.PLANNED);
        } else {
            status = action.history().isEmpty() ? Status.PLANNED : action.status();
        }
        return new ActionState(action.id(), action.title(), year, action.responsible(),
                action.source() == null ? null : action.source().type(), action.source() == null ? null : action.source().reference(),
                action.due(), action.recurring(), status);
    }

    public boolean isOpen() {
        return !status.isClosed();
    }
}
