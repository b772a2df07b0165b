package se.lishandboken.register;

import java.time.LocalDate;

/**
 * One access review (behörighetsrevision) of an asset.
 *
 * @param date when it was done
 * @param result "utan-avvikelse", "avvikelser-atgardade" or "avvikelser-kvar"
 * @param note a comment, or null
 */
public record AccessReview(LocalDate date, String result, String note) {
}
