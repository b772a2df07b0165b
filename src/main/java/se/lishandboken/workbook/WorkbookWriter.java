package se.lishandboken.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets to an .xlsx workbook, streaming (SXSSF) so that a large register keeps little in
 * memory. First the read-me sheet, then the data sheets with bold, frozen headers, column widths
 * and dropdowns, then a hidden sheet with the dropdowns' values.
 */
final class WorkbookWriter {
    /** Rows below the header a dropdown covers, so that new rows get it too. */
    private static final int DROPDOWN_ROWS = 1000;
    private static final int MAX_WIDTH = 60;

    private WorkbookWriter() {
    }

    /** @param properties the workbook's custom document properties, which import reads back */
    static void write(List<String> readMe, List<SheetData> sheets, Choices choices, java.util.Map<String, String> properties,
            OutputStream out) throws IOException {
        // Shared strings, as Excel writes them: a cell later edited with POI keeps a stale inline string otherwise.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
        try {
            properties.forEach((name, value) -> workbook.getXSSFWorkbook().getProperties().getCustomProperties().addProperty(name, value));
            CellWriter cells = new CellWriter(workbook);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            writeReadMe(workbook.createSheet(WorkbookText.get("readme.name")), readMe, cells);
            for (SheetData data : sheets) {
                writeSheet(workbook.createSheet(data.name()), data, choices, cells, header);
            }
            writeLists(workbook, choices, cells);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void writeReadMe(Sheet sheet, List<String> lines, CellWriter cells) {
        for (int i = 0; i < lines.size(); i++) {
            cells.write(sheet.createRow(i).createCell(0), lines.get(i));
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void writeSheet(Sheet sheet, SheetData data, Choices choices, CellWriter cells, CellStyle headerStyle) {
        Row header = sheet.createRow(0);
        int[] widths = new int[data.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            header.createCell(c).setCellValue(data.columns().get(c).header());
            header.getCell(c).setCellStyle(headerStyle);
            widths[c] = data.columns().get(c).header().length();
        }
        for (int r = 0; r < data.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = data.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                cells.write(row.createCell(c), values.get(c));
                widths[c] = Math.max(widths[c], CellWriter.width(values.get(c)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            Choice choice = data.columns().get(c).choice();
            if (choice != null && !choices.of(choice).isEmpty()) {
                addDropdown(sheet, c, choice, choices.of(choice).size(), Math.max(DROPDOWN_ROWS, data.rows().size()));
            }
        }
    }

    private static void addDropdown(Sheet sheet, int column, Choice choice, int count, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(choice.ordinal());
        String range = "'" + WorkbookText.get("lists.name") + "'!$" + letter + "$2:$" + letter + "$" + (count + 1);
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, rows, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The hidden sheet the dropdowns read from: a column per {@link Choice}, in order. */
    private static void writeLists(SXSSFWorkbook workbook, Choices choices, CellWriter cells) {
        Sheet sheet = workbook.createSheet(WorkbookText.get("lists.name"));
        Row header = sheet.createRow(0);
        int longest = 0;
        for (Choice choice : Choice.values()) {
            header.createCell(choice.ordinal()).setCellValue(WorkbookText.get("lists." + choice.name().toLowerCase(java.util.Locale.ROOT)));
            longest = Math.max(longest, choices.of(choice).size());
        }
        for (int r = 0; r < longest; r++) {
            Row row = sheet.createRow(r + 1);
            for (Choice choice : Choice.values()) {
                List<String> values = choices.of(choice);
                if (r < values.size()) {
                    cells.write(row.createCell(choice.ordinal()), values.get(r));
                }
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }
}
