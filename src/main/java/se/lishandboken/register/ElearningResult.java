package se.lishandboken.register;

/**
 * A unit's completion of the mandatory e-learning in a year.
 *
 * @param unit the unit
 * @param employees how many should complete it
 * @param completed how many did
 */
public record ElearningResult(String unit, int employees, int completed) {
}
