package se.lishandboken.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one value into a cell. Text is always a text cell, never a formula; text that a spreadsheet
 * would read as a formula when edited or saved as CSV (it starts with {@code = + - @}) is also marked
 * quote-prefixed, so that Excel keeps showing it as text.
 */
final class CellWriter {
    private final CellStyle date;
    private final CellStyle quoted;
    private final CellStyle lines;

    CellWriter(Workbook workbook) {
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        lines = workbook.createCellStyle();
        lines.setWrapText(true);
    }

    void write(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool ? WorkbookText.get("yes") : WorkbookText.get("no"));
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (looksLikeFormula(text)) {
                cell.setCellStyle(quoted);
            } else if (text.indexOf('\n') >= 0) {
                cell.setCellStyle(lines);
            }
        }
    }

    /** Whether a spreadsheet would take the text for a formula. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** How wide the value is in characters, as the column width is measured. */
    static int width(Object value) {
        if (value == null) {
            return 0;
        }
        return value instanceof LocalDate ? 10 : value.toString().lines().mapToInt(String::length).max().orElse(0);
    }
}
