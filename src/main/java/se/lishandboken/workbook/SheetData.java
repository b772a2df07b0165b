package se.lishandboken.workbook;

import java.util.List;

/**
 * One sheet's content, before it is written.
 *
 * @param name the sheet's (Swedish) name
 * @param columns the columns, in order
 * @param rows the rows below the header; each value a String, Number, LocalDate, Boolean or null
 */
public record SheetData(String name, List<Column> columns, List<List<Object>> rows) {

    public SheetData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
