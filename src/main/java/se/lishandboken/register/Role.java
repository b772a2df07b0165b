package se.lishandboken.register;

/**
 * A role or position in the organisation; records name roles, never people.
 *
 * @param id referenced as owner, administrator, responsible, …
 * @param name e.g. "Informationssäkerhetssamordnare (ISAM)"
 * @param unit the unit it belongs to, or null
 * @param description what the role does, or null
 */
public record Role(String id, String name, String unit, String description) {
}
