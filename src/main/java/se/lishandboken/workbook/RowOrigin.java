package se.lishandboken.workbook;

import java.util.Map;

/**
 * The row a record or entry came from, so that a problem the build's checks find at a JSON pointer can be
 * shown at the cell the ISAM typed. One per record: all but the row number are shared by the sheet's rows.
 *
 * @param sheet the sheet's spec
 * @param row the row number Excel shows
 * @param columns the column of each field the sheet has, by the field's path in the record
 * @param listSheets the name of the sheet that holds each of the record's lists, by the list's field
 */
record RowOrigin(SheetSpec sheet, int row, Map<String, Integer> columns, Map<String, String> listSheets) {

    /** The cell of the field at {@code path} or the nearest field holding it; the row if none. */
    CellPlace cellOf(String path) {
        for (String at = path; !at.isEmpty(); at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "") {
            Integer column = columns.get(at);
            if (column != null) {
                return new CellPlace(sheet.name(), row, column, field(at).header());
            }
        }
        return CellPlace.row(sheet.name(), row);
    }

    /** The sheet's field at {@code path} or holding it (e.g. {@code agreement} for {@code agreement/status}); null if none. */
    Field field(String path) {
        for (Field field : sheet.fields()) {
            if (field.path().equals(path) || field.path().startsWith(path + "/")) {
                return field;
            }
        }
        return null;
    }
}
