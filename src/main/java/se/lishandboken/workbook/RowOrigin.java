package se.lishandboken.workbook;

import java.util.Map;

/**
 * The row a record or entry came from, so that a problem the build's checks find at a JSON pointer can be
 * shown at the cell the ISAM typed. One per record: the columns are shared by every row of the sheet.
 *
 * @param sheet the sheet's name
 * @param row the row number Excel shows
 * @param fields the sheet's fields, by their path in the record
 * @param columns the column of each field, by the field's path; both maps are shared by the sheet's rows
 */
record RowOrigin(String sheet, int row, Map<String, Field> fields, Map<String, Integer> columns) {

    /** The cell of the field at {@code path} or the nearest field holding it; the row if none. */
    CellPlace cellOf(String path) {
        for (String at = path; !at.isEmpty(); at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "") {
            Integer column = columns.get(at);
            if (column != null) {
                return new CellPlace(sheet, row, column, fields.get(at).header());
            }
        }
        return CellPlace.row(sheet, row);
    }
}
