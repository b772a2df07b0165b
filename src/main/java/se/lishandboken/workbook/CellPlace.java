package se.lishandboken.workbook;

import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a value is in the workbook, as the ISAM finds it: sheet, row and column.
 *
 * @param sheet the sheet's name
 * @param row the row number Excel shows (1-based); 0 for the sheet as a whole
 * @param column the 0-based column index; -1 for the row as a whole
 * @param header the column's header; null for the row as a whole
 */
record CellPlace(String sheet, int row, int column, String header) {
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_]+");

    static CellPlace sheet(String sheet) {
        return new CellPlace(sheet, 0, -1, null);
    }

    static CellPlace row(String sheet, int row) {
        return new CellPlace(sheet, row, -1, null);
    }

    /** Excel's reference, e.g. {@code Tillgångar!C5}, which Excel's name box jumps to. */
    String reference() {
        String name = PLAIN_NAME.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + (row == 0 ? "A1" : column < 0 ? "A" + row : CellReference.convertNumToColString(column) + row);
    }

    /** "Tillgångar, rad 5, kolumn C (Ägare (roll))", the start of a message. */
    String describe() {
        if (row == 0) {
            return WorkbookText.format("location.sheet", sheet);
        }
        if (column < 0) {
            return WorkbookText.format("location.row", sheet, String.valueOf(row));
        }
        String letter = CellReference.convertNumToColString(column);
        return header == null || header.isBlank() ? WorkbookText.format("location.column", sheet, String.valueOf(row), letter)
                : WorkbookText.format("location.cell", sheet, String.valueOf(row), letter, header);
    }
}
