package se.lishandboken.workbook;

import java.util.List;
import java.util.ResourceBundle;

/** The workbook's Swedish texts, from {@code lis/workbook.properties}. */
final class WorkbookText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("lis.workbook");

    private WorkbookText() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text {@code key} with its arguments, e.g. a cell's place. */
    static String format(String key, Object... arguments) {
        return new java.text.MessageFormat(get(key), java.util.Locale.forLanguageTag("sv-SE")).format(arguments);
    }

    /** The sheet named by {@code key}'s headers ({@code key.columns}, separated by {@code |}). */
    static List<String> headers(String key) {
        return List.of(get(key + ".columns").split("\\|"));
    }
}
