package se.lishandboken.export;

import java.time.LocalDate;

/**
 * A decision taken at the review.
 *
 * @param id its id
 * @param date when it was taken
 * @param text what was decided
 * @param actions how many actions it created or changed
 * @param actionsDone how many of them were done on the review date
 */
public record ExportedDecision(String id, LocalDate date, String text, int actions, int actionsDone) {
}
