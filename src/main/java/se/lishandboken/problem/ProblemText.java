package se.lishandboken.problem;

import java.nio.file.Path;
import java.text.MessageFormat;
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

    static String message(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), SWEDISH).format(arguments);
    }
}
