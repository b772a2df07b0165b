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

    /** The sheet named by {@code key}'s headers ({@code key.columns}, separated by {@code |}). */
    static List<String> headers(String key) {
        return List.of(get(key + ".columns").split("\\|"));
    }
}
