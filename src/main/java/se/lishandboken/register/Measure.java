package se.lishandboken.register;

import java.time.LocalDate;

/**
 * An item of an asset's handlingsplan: a protective measure the classification calls for.
 *
 * @param title what is to be done
 * @param status where it stands
 * @param due when it should be done, or null
 * @param done when it was done, or null
 */
public record Measure(String title, Status status, LocalDate due, LocalDate done) {
}
