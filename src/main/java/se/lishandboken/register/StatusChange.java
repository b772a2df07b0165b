package se.lishandboken.register;

import java.time.LocalDate;

/**
 * A dated status of an action.
 *
 * @param date when the status was set
 * @param status the new status
 * @param note why, or null
 */
public record StatusChange(LocalDate date, Status status, String note) {
}
