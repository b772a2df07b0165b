package se.lishandboken.workbook;

import java.util.List;

/**
 * One row with at least one non-empty cell.
 *
 * @param number the 1-based row number as Excel shows it
 * @param cells  only the non-empty cells, in column order (an empty-string TEXT cell counts as empty)
 */
public record ReadRow(int number, List<ReadCell> cells) {

    public ReadRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the 0-based column, or null if that cell is empty. */
    public ReadCell cell(int column) {
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int found = cells.get(middle).column();
            if (found < column) {
                low = middle + 1;
            } else if (found > column) {
                high = middle - 1;
            } else {
                return cells.get(middle);
            }
        }
        return null;
    }
}
