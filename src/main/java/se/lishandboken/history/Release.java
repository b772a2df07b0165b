package se.lishandboken.history;

import java.time.LocalDate;

/**
 * A tagged release of the handbook.
 *
 * @param tag the tag's name, e.g. {@code v2024.1}
 * @param commit the full id of the tagged commit
 * @param date the tagged commit's date
 */
public record Release(String tag, String commit, LocalDate date) {
}
