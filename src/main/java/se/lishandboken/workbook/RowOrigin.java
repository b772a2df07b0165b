package se.lishandboken.workbook;

import java.util.Map;

/**
 * The row a record or entry came from, and the cell of each of its fields, so that a problem the build's
 * checks find at a JSON pointer can be shown at the cell the ISAM typed.
 *
 * @param row the row
 * @param cells the cell of each field, by the field's path in the record
 */
record RowOrigin(CellPlace row, Map<String, CellPlace> cells) {

    RowOrigin {
        cells = Map.copyOf(cells);
    }

    /** The cell of the field at {@code path} or the nearest field holding it; the row if none. */
    CellPlace cellOf(String path) {
        for (String at = path; !at.isEmpty(); at = at.contains("/") ? at.substring(0, at.lastIndexOf('/')) : "") {
            CellPlace cell = cells.get(at);
            if (cell != null) {
                return cell;
            }
        }
        return row;
    }
}
