package se.lishandboken.register;

/**
 * A unit of the organisation.
 *
 * @param id referenced by assets and metrics
 * @param name e.g. "Kommunikation"
 * @param employees approximate head count, or null
 */
public record Unit(String id, String name, Integer employees) {
}
