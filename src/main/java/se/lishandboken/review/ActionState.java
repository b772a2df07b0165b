package se.lishandboken.review;

import java.time.LocalDate;
import se.lishandboken.register.Action;
import se.lishandboken.register.Status;
import se.lishandboken.register.StatusChange;

/**
 * An action with its status on the review date.
 *
 * @param action the action
 * @param status its status then; planned if it had no status yet
 */
public record ActionState(Action action, Status status) {

    /** The action with its status on {@code date}; planned if it had none yet. */
    public static ActionState on(Action action, LocalDate date) {
        return new ActionState(action, action.statusOn(date).map(StatusChange::status).orElse(Status.PLANNED));
    }

    public boolean isOpen() {
        return !status.isClosed();
    }
}
