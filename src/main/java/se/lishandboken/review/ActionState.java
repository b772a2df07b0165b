package se.lishandboken.review;

import se.lishandboken.register.Action;
import se.lishandboken.register.Status;

/**
 * An action with its status on the review date.
 *
 * @param action the action
 * @param status its status then; planned if it had no status yet
 */
public record ActionState(Action action, Status status) {

    public boolean isOpen() {
        return !status.isClosed();
    }
}
