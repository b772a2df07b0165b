package se.lishandboken.workbook;

import java.util.List;

/**
 * What one sheet holds and where in the data files: a sheet of records (a row per asset), or a sheet of
 * the entries in each record's list (a row per classification of each asset).
 *
 * @param key the sheet's key in {@code lis/workbook.properties}
 * @param file the data file, e.g. {@code assets.json}
 * @param list for a sheet of records, the file's array ({@code assets}); for a sheet of entries, the
 *             record's array ({@code classifications})
 * @param parent for a sheet of entries, the sheet of the records that hold them; null otherwise
 * @param rowKey the fields that tell rows apart: the id of a record; the date of a dated entry
 * @param fields the columns, in order; a sheet of entries has the parent's key before them
 */
record SheetSpec(String key, String file, String list, SheetSpec parent, List<String> rowKey, List<Field> fields) {

    SheetSpec {
        rowKey = List.copyOf(rowKey);
        fields = List.copyOf(fields);
    }

    String name() {
        return WorkbookText.get(key + ".name");
    }

    boolean holdsEntries() {
        return parent != null;
    }

    /** The header of a sheet of entries' first column, which names the record (e.g. "Tillgång"). */
    String parentHeader() {
        return WorkbookText.get(key + ".parent");
    }

    /** The field that identifies a record: {@code id}, or {@code year} for the metrics. */
    Field keyField() {
        return fields.get(0);
    }

    /** Whether the entries are dated, so that a new one goes in date order and none is ever removed. */
    boolean dated() {
        return rowKey.contains("date");
    }

    /** The headers in column order. */
    List<String> headers() {
        java.util.ArrayList<String> headers = new java.util.ArrayList<>();
        if (holdsEntries()) {
            headers.add(parentHeader());
        }
        fields.forEach(field -> headers.add(field.header()));
        return headers;
    }
}
