package se.lishandboken.config;

/**
 * A function employees can reach, shown in the site footer.
 *
 * @param name the role or function, e.g. "Informationssäkerhetssamordnare (ISAM)"
 * @param email a functional mailbox, or null
 */
public record Contact(String name, String email) {
}
