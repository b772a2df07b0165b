package se.lishandboken.register;

import java.time.LocalDate;

/**
 * One dated implementation status of a control.
 *
 * @param date when it was judged
 * @param status how far the control is implemented
 * @param note a comment, or null
 */
public record ControlStatus(LocalDate date, Implementation status, String note) {
}
