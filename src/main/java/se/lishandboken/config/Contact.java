package se.lishandboken.config;

import java.util.regex.Pattern;

/**
 * A function employees can reach, shown in the site footer.
 *
 * @param name the role or function, e.g. "Informationssäkerhetssamordnare (ISAM)"
 * @param email a functional mailbox, or null
 */
public record Contact(String name, String email) {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** Whether {@code value} looks like an e-mail address, {@code namn@example.se}. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }
}
