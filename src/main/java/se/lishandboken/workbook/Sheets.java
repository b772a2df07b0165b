package se.lishandboken.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Helpers for the sheet builders: headers from the bundle, rows that may hold nulls. */
final class Sheets {
    private Sheets() {
    }

    /** The sheet {@code key}: its name and headers from the bundle, {@code choices} by column index. */
    static SheetData of(String key, Map<Integer, Choice> choices, List<List<Object>> rows) {
        List<String> headers = WorkbookText.headers(key);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(new Column(headers.get(i), choices.get(i)));
        }
        return new SheetData(WorkbookText.get(key + ".name"), columns, rows);
    }

    /** A row; nulls are empty cells. */
    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** A list written into one cell, comma-separated. */
    static String joined(List<?> values) {
        return values.isEmpty() ? null : String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
