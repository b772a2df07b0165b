package se.lishandboken.workbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook as read from an .xlsx file.
 *
 * @param customProperties the custom document properties that hold text, in file order; empty if none
 * @param sheets           the sheets in workbook order, hidden ones included
 */
public record ReadWorkbook(Map<String, String> customProperties, List<ReadSheet> sheets) {

    public ReadWorkbook {
        customProperties = Collections.unmodifiableMap(new LinkedHashMap<>(customProperties));
        sheets = List.copyOf(sheets);
    }

    /** The sheet with the name, compared ignoring case as Excel does, or null. */
    public ReadSheet sheet(String name) {
        for (ReadSheet sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }
}
