package se.lishandboken.workbook;

import java.util.Objects;
import org.apache.poi.ss.util.CellReference;

/**
 * One non-empty cell as read from a workbook.
 *
 * @param column 0-based column index
 * @param kind   the kind
 * @param value  TEXT: the string as stored (shared, inline or rich text concatenated), not trimmed;
 *               NUMBER: the number in plain decimal with trailing zeros stripped ("2", "2.5", "100000"), never an exponent;
 *               DATE: ISO yyyy-MM-dd (a number whose style's number format is a date format; time of day dropped);
 *               BOOLEAN: "true" or "false";
 *               FORMULA: the formula text without a leading '=' (empty for a shared-formula follower with no text of its own);
 *               ERROR: the error code as stored, e.g. "#REF!"
 */
public record ReadCell(int column, CellKind kind, String value) {

    public ReadCell {
        if (column < 0) {
            throw new IllegalArgumentException("column " + column);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** Excel's column letter(s), e.g. "C". */
    public String columnLetter() {
        return CellReference.convertNumToColString(column);
    }
}
