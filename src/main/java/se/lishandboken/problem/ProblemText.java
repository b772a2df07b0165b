package se.lishandboken.problem;

import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Makes problems from the {@code lis/problems} resource bundle: each key has a message and a
 * {@code .hint}, both formatted with the same arguments, so no problem reaches the ISAM without a fix.
 */
public final class ProblemText {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("lis.problems", SWEDISH);

    private ProblemText() {
    }

    public static Problem error(Path file, int line, String key, Object... arguments) {
        return new Problem(Severity.ERROR, file, line, 0, null, message(key, arguments), message(key + ".hint", arguments));
    }

    public static Problem warning(Path file, int line, String key, Object... arguments) {
        return new Problem(Severity.WARNING, file, line, 0, null, message(key, arguments), message(key + ".hint", arguments));
    }

    /** A problem with a column too, e.g. in a template. */
    public static Problem error(Path file, int line, int column, String key, Object... arguments) {
        return new Problem(Severity.ERROR, file, line, column, null, message(key, arguments), message(key + ".hint", arguments));
    }

    /** The message {@code key} with its arguments, e.g. to tell which kind of problem another stage reported. */
    public static String text(String key, Object... arguments) {
        return message(key, arguments);
    }

    /**
     * The message {@code key} with its arguments. A whole number in a plain {@code {n}} is written without
     * a thousands separator: in these messages it is mostly a year, a line or a length ("Året 2024", not "2 024").
     */
    static String message(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(BUNDLE.getString(key), SWEDISH);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int index = 0; index < Math.min(formats.length, arguments.length); index++) {
            if (formats[index] == null && (arguments[index] instanceof Integer || arguments[index] instanceof Long)) {
                NumberFormat whole = NumberFormat.getIntegerInstance(SWEDISH);
                whole.setGroupingUsed(false);
                format.setFormatByArgumentIndex(index, whole);
            }
        }
        return format.format(arguments);
    }
}
