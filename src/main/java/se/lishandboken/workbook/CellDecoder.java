package se.lishandboken.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Turns a cell's raw parts from the sheet XML (type, style, value, inline text, formula) into a
 * {@link ReadCell}, or null for an empty cell. Throws IllegalArgumentException for a value that
 * does not fit its type.
 */
final class CellDecoder {
    private final SharedStrings strings;
    private final DateStyles dates;
    private final boolean date1904;
    /** Shared strings already decoded, by index: getItemAt builds an XMLBeans object on every call. */
    private String[] decoded = new String[64];

    CellDecoder(SharedStrings strings, DateStyles dates, boolean date1904) {
        this.strings = strings;
        this.dates = dates;
        this.date1904 = date1904;
    }

    /**
     * @param type    the t attribute, null if absent
     * @param style   the s attribute, 0 if absent
     * @param value   the text of v, null if absent
     * @param inline  the text of is, null if absent
     * @param formula the text of f, null if the cell has no f
     */
    ReadCell decode(int column, String type, int style, String value, String inline, String formula) {
        if (formula != null) {
            return new ReadCell(column, CellKind.FORMULA, formula.startsWith("=") ? formula.substring(1) : formula);
        }
        if (type == null || type.equals("n")) {
            return isEmpty(value) ? null : number(column, style, value);
        }
        return switch (type) {
            case "s" -> isEmpty(value) ? null : text(column, shared(value));
            case "inlineStr" -> text(column, unescape(inline != null ? inline : value));
            case "str" -> text(column, unescape(value));
            case "b" -> isEmpty(value) ? null : new ReadCell(column, CellKind.BOOLEAN, bool(value));
            case "e" -> isEmpty(value) ? null : new ReadCell(column, CellKind.ERROR, value);
            case "d" -> isEmpty(value) ? null : new ReadCell(column, CellKind.DATE, isoDate(value));
            default -> throw new IllegalArgumentException("unknown cell type '" + type + "'");
        };
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static ReadCell text(int column, String text) {
        return isEmpty(text) ? null : new ReadCell(column, CellKind.TEXT, text);
    }

    private ReadCell number(int column, int style, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + value + "'", e);
        }
        if (dates.isDate(style)) {
            double serial = number.doubleValue();
            LocalDateTime time = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904) : null;
            if (time != null) {
                return new ReadCell(column, CellKind.DATE, time.toLocalDate().toString());
            }
        }
        return new ReadCell(column, CellKind.NUMBER, number.stripTrailingZeros().toPlainString());
    }

    private String shared(String value) {
        int index;
        try {
            index = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a shared string index: '" + value + "'", e);
        }
        if (index < 0 || strings == null) {
            throw new IllegalArgumentException("no shared string " + value);
        }
        if (index < decoded.length && decoded[index] != null) {
            return decoded[index];
        }
        String text;
        try {
            text = strings.getItemAt(index).getString();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("no shared string " + index, e);
        }
        // Grown only after the table has the index, so a huge index in a corrupt file allocates nothing.
        if (index >= decoded.length) {
            decoded = Arrays.copyOf(decoded, Math.max(index + 1, decoded.length * 2));
        }
        decoded[index] = text;
        return text;
    }

    /** Undoes Excel's _xHHHH_ escapes (control characters), as POI's usermodel does. */
    private static String unescape(String text) {
        return text != null && text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }

    private static String bool(String value) {
        return switch (value.trim()) {
            case "1", "true" -> "true";
            case "0", "false" -> "false";
            default -> throw new IllegalArgumentException("not a boolean: '" + value + "'");
        };
    }

    /** A t="d" cell holds an ISO 8601 date or date-time. */
    private static String isoDate(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date: '" + value + "'", e);
        }
    }
}
