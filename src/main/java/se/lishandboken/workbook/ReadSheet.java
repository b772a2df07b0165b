package se.lishandboken.workbook;

import java.util.List;

/**
 * One sheet as read from a workbook.
 *
 * @param name          the sheet's name
 * @param hidden        whether the sheet is hidden or very hidden
 * @param rows          only the rows with at least one non-empty cell, in order
 * @param mergedRegions merged ranges as Excel writes them, e.g. "B3:B5"
 */
public record ReadSheet(String name, boolean hidden, List<ReadRow> rows, List<String> mergedRegions) {

    public ReadSheet {
        rows = List.copyOf(rows);
        mergedRegions = List.copyOf(mergedRegions);
    }
}
