package se.lishandboken.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's texts, from the {@code lis/cli} resource bundle (Swedish). */
final class Messages {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("lis.cli", SWEDISH);

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), SWEDISH).format(arguments);
    }
}
