package se.lishandboken.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles (the s attribute of a cell) show a number as a date. */
final class DateStyles {
    private final StylesTable styles;
    private final Map<Integer, Boolean> known = new HashMap<>();

    /** @param styles the workbook's styles, or null if it has none */
    DateStyles(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(int style) {
        return styles != null && known.computeIfAbsent(style, this::hasDateFormat);
    }

    private boolean hasDateFormat(int index) {
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(index);
        if (style == null) {
            return false;
        }
        short format = style.getDataFormat();
        String pattern = style.getDataFormatString();
        if (pattern == null) {
            pattern = BuiltinFormats.getBuiltinFormat(format);
        }
        return pattern != null && DateUtil.isADateFormat(format, pattern);
    }
}
