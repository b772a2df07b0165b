package se.lishandboken.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.workbook.WorkbookUnreadableException.Reason;

class WorkbookReaderTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path temp;

    private Path write(Workbook workbook, String name) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static Tuple[] cells(ReadRow row) {
        return row.cells().stream().map(c -> tuple(c.columnLetter(), c.kind(), c.value())).toArray(Tuple[]::new);
    }

    private static WorkbookUnreadableException failure(Path file) {
        try {
            WorkbookReader.read(file);
        } catch (WorkbookUnreadableException e) {
            return e;
        }
        throw new AssertionError(file + " was read");
    }

    @Test
    void textNumbersDatesAndBooleansAreReadAsStored() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle iso = workbook.createCellStyle();
            iso.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle builtIn = workbook.createCellStyle();
            builtIn.setDataFormat((short) 14);
            Row row = workbook.createSheet("Värden").createRow(0);
            row.createCell(0).setCellValue("Tillgång");
            row.createCell(1).setCellValue(2);
            row.createCell(2).setCellValue(2.5);
            row.createCell(3).setCellValue(LocalDate.of(2024, 5, 16));
            row.getCell(3).setCellStyle(iso);
            row.createCell(4).setCellValue(LocalDateTime.of(2024, 5, 16, 13, 45));
            row.getCell(4).setCellStyle(builtIn);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(false);
            row.createCell(7).setCellValue("2024-05-16");
            row.createCell(8).setCellValue("  inte trimmad  ");
            row.createCell(9).setCellValue(100000);
            row.createCell(10).setCellValue(12345678901d);
            row.createCell(11).setCellValue(0.0000001);
            row.createCell(12).setCellValue(-3);
            row.createCell(13).setCellValue("Tillgång");
            file = write(workbook, "värden.xlsx");
        }

        ReadRow row = WorkbookReader.read(file).sheet("Värden").rows().get(0);

        assertThat(row.number()).isEqualTo(1);
        assertThat(cells(row)).containsExactly(
                tuple("A", CellKind.TEXT, "Tillgång"),
                tuple("B", CellKind.NUMBER, "2"),
                tuple("C", CellKind.NUMBER, "2.5"),
                tuple("D", CellKind.DATE, "2024-05-16"),
                tuple("E", CellKind.DATE, "2024-05-16"),
                tuple("F", CellKind.BOOLEAN, "true"),
                tuple("G", CellKind.BOOLEAN, "false"),
                tuple("H", CellKind.TEXT, "2024-05-16"),
                tuple("I", CellKind.TEXT, "  inte trimmad  "),
                tuple("J", CellKind.NUMBER, "100000"),
                tuple("K", CellKind.NUMBER, "12345678901"),
                tuple("L", CellKind.NUMBER, "0.0000001"),
                tuple("M", CellKind.NUMBER, "-3"),
                tuple("N", CellKind.TEXT, "Tillgång"));
        assertThat(row.cell(3).value()).isEqualTo("2024-05-16");
        assertThat(row.cell(14)).isNull();
    }

    @Test
    void formulasAreReadAsTheirTextNeverAsTheirCachedResultsAndFormulaLikeTextStaysText() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("Formler").createRow(0);
            row.createCell(0).setCellFormula("1+1");
            row.createCell(1).setCellFormula("CONCATENATE(\"a\",\"b\")");
            row.createCell(2).setCellValue("=HYPERLINK(\"http://x\")");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(row.getCell(1).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            file = write(workbook, "formler.xlsx");
        }

        ReadRow row = WorkbookReader.read(file).sheet("Formler").rows().get(0);

        assertThat(cells(row)).containsExactly(
                tuple("A", CellKind.FORMULA, "1+1"),
                tuple("B", CellKind.FORMULA, "CONCATENATE(\"a\",\"b\")"),
                tuple("C", CellKind.TEXT, "=HYPERLINK(\"http://x\")"));
    }

    @Test
    void mergedRegionsAreReported() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Åtgärder");
            sheet.createRow(2).createCell(1).setCellValue("Sammanslagen");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B5"));
            file = write(workbook, "sammanslagen.xlsx");
        }

        ReadSheet sheet = WorkbookReader.read(file).sheet("Åtgärder");

        assertThat(sheet.mergedRegions()).containsExactly("B3:B5");
        assertThat(sheet.rows()).extracting(ReadRow::number).containsExactly(3);
        assertThat(sheet.rows().get(0).cell(1).value()).isEqualTo("Sammanslagen");
    }

    @Test
    void hiddenAndVeryHiddenSheetsAreHiddenAndSwedishNamesRoundTrip() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Åtgärdsstatus").createRow(0).createCell(0).setCellValue("Status");
            workbook.createSheet("Listor");
            workbook.createSheet("Hemlig");
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            file = write(workbook, "dolda.xlsx");
        }

        ReadWorkbook workbook = WorkbookReader.read(file);

        assertThat(workbook.sheets()).extracting(ReadSheet::name, ReadSheet::hidden).containsExactly(
                tuple("Åtgärdsstatus", false), tuple("Listor", true), tuple("Hemlig", true));
        assertThat(workbook.sheet("åtgärdsstatus").rows().get(0).cell(0).value()).isEqualTo("Status");
        assertThat(workbook.sheet("Saknas")).isNull();
    }

    @Test
    void emptyRowsAndFormattedButEmptyCellsAreLeftOutAndRowNumbersAreExcels() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle yellow = workbook.createCellStyle();
            yellow.setFillForegroundColor((short) 13);
            Sheet sheet = workbook.createSheet("Glest");
            sheet.createRow(0).createCell(0).setCellValue("Rubrik");
            sheet.createRow(1);
            sheet.createRow(2).createCell(0).setCellStyle(yellow);
            sheet.createRow(3).createCell(0).setCellValue("");
            Row last = sheet.createRow(5);
            last.createCell(1).setCellStyle(yellow);
            last.createCell(2).setCellValue("");
            last.createCell(3).setCellValue("Sist");
            file = write(workbook, "glest.xlsx");
        }

        ReadSheet sheet = WorkbookReader.read(file).sheet("Glest");

        assertThat(sheet.rows()).extracting(ReadRow::number).containsExactly(1, 6);
        assertThat(cells(sheet.rows().get(1))).containsExactly(tuple("D", CellKind.TEXT, "Sist"));
        assertThat(sheet.rows().get(1).cell(3).column()).isEqualTo(3);
    }

    @Test
    void textCustomPropertiesAreRead() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Läs mig");
            workbook.getProperties().getCustomProperties().addProperty("lis-edition", "ledning");
            workbook.getProperties().getCustomProperties().addProperty("lis-format", 1);
            file = write(workbook, "egenskaper.xlsx");
        }

        assertThat(WorkbookReader.read(file).customProperties()).containsExactly(entry("lis-edition", "ledning"));
    }

    /**
     * What POI's writer never produces but Excel and other writers may: rows and cells without an r
     * attribute, inline rich text with a phonetic run, an error, a shared-formula follower, a string
     * that is not a formula result, the 1904 date system, no shared strings and no document properties.
     */
    @Test
    void aHandWrittenSheetIsReadAsTheSpecificationSays() throws Exception {
        String sheet = """
                <worksheet xmlns="%s">
                <sheetData>
                <row><c t="inlineStr"><is><t>utan </t></is></c>\
                <c t="inlineStr"><is><r><t>fet</t></r><r><t xml:space="preserve"> och </t></r><r><t>kursiv</t></r>\
                <rPh sb="0" eb="1"><t>fonetisk</t></rPh></is></c>\
                <c r="D1" t="e"><v>#REF!</v></c><c><v>7.50</v></c></row>
                <row><c r="A2"><f>SUM(A3:A4)</f><v>3</v></c><c r="B2"><f t="shared" ref="B2:B5" si="0">=A2*2</f><v>6</v></c></row>
                <row r="5"><c r="B5"><f t="shared" si="0"/><v>0</v></c><c r="C5" s="1"><v>43966</v></c>\
                <c r="D5" t="str"><v>rad_x000D_brytning</v></c><c r="E5" t="b"><v>1</v></c></row>
                <row><c><v></v></c><c t="inlineStr"><is><t></t></is></c></row>
                <row><c t="inlineStr"><is><t>sju</t></is></c></row>
                </sheetData>
                <mergeCells count="1"><mergeCell ref="A7:C7"/></mergeCells>
                <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" \
                xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">\
                <x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">\
                <x14:dataValidation type="list"><x14:formula1><xm:f>Listor!$A$2:$A$5</xm:f></x14:formula1>\
                <xm:sqref>A1:A10</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>
                </worksheet>
                """.formatted(MAIN);
        Path file = handWritten("handgjord.xlsx", sheet);

        ReadWorkbook workbook = WorkbookReader.read(file);

        assertThat(workbook.customProperties()).isEmpty();
        ReadSheet read = workbook.sheet("Handgjord");
        assertThat(read.rows()).extracting(ReadRow::number).containsExactly(1, 2, 5, 7);
        assertThat(cells(read.rows().get(0))).containsExactly(
                tuple("A", CellKind.TEXT, "utan "),
                tuple("B", CellKind.TEXT, "fet och kursiv"),
                tuple("D", CellKind.ERROR, "#REF!"),
                tuple("E", CellKind.NUMBER, "7.5"));
        assertThat(cells(read.rows().get(1))).containsExactly(
                tuple("A", CellKind.FORMULA, "SUM(A3:A4)"),
                tuple("B", CellKind.FORMULA, "A2*2"));
        assertThat(cells(read.rows().get(2))).containsExactly(
                tuple("B", CellKind.FORMULA, ""),
                tuple("C", CellKind.DATE, "2024-05-16"),
                tuple("D", CellKind.TEXT, "rad\rbrytning"),
                tuple("E", CellKind.BOOLEAN, "true"));
        assertThat(cells(read.rows().get(3))).containsExactly(tuple("A", CellKind.TEXT, "sju"));
        assertThat(read.mergedRegions()).containsExactly("A7:C7");
    }

    @Test
    void aTextFileAnEmptyFileAndAPlainZipAreNotXlsx() throws Exception {
        Path text = Files.writeString(temp.resolve("register.xlsx"), "Namn;Ägare\nServer;IT\n");
        Path empty = Files.write(temp.resolve("tom.xlsx"), new byte[0]);
        Path zip = zip("arkiv.xlsx", Map.of("readme.txt", "hej"));

        assertThat(failure(text).reason()).isEqualTo(Reason.NOT_XLSX);
        assertThat(failure(empty).reason()).isEqualTo(Reason.NOT_XLSX);
        assertThat(failure(zip).reason()).isEqualTo(Reason.NOT_XLSX);
    }

    @Test
    void anOldXlsWorkbookIsOldXls() throws Exception {
        Path file;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Gammal");
            file = write(workbook, "gammal.xlsx");
        }

        WorkbookUnreadableException failure = failure(file);

        assertThat(failure.reason()).isEqualTo(Reason.OLD_XLS);
        assertThat(failure.getMessage()).contains(".xls");
    }

    @Test
    void aPasswordProtectedWorkbookIsEncrypted() throws Exception {
        Path file = temp.resolve("lösenord.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Hemligt");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(failure(file).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void aSheetThatExpandsLikeAZipBombIsTooLarge() throws Exception {
        String rows = "<row/>".repeat(2_000_000);
        Path file = handWritten("bomb.xlsx", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");

        assertThat(failure(file).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void moreCellsThanTheLimitIsTooLarge() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Ett").createRow(0).createCell(0).setCellValue("a");
            Row row = workbook.createSheet("Två").createRow(0);
            row.createCell(0).setCellValue("b");
            row.createCell(1).setCellValue("c");
            file = write(workbook, "tre.xlsx");
        }

        assertThat(WorkbookReader.read(file, 3).sheets()).hasSize(2);
        WorkbookUnreadableException failure = catchThrowableOfType(WorkbookUnreadableException.class,
                () -> WorkbookReader.read(file, 2));
        assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(failure.getMessage()).contains("more than 2 non-empty cells");
    }

    @Test
    void aWorkbookCutShortIsUnreadable() throws Exception {
        Path file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Avbruten");
            for (int r = 0; r < 2000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("rad " + r);
            }
            file = write(workbook, "avbruten.xlsx");
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(failure(file).reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void brokenSheetXmlIsUnreadableAndSaysWhichSheet() throws Exception {
        Path broken = handWritten("trasig.xlsx", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c>");
        Path badNumber = handWritten("tal.xlsx", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"4\">"
                + "<c r=\"C4\"><v>tre</v></c></row></sheetData></worksheet>");

        assertThat(failure(broken).reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(failure(broken).getMessage()).contains("'Handgjord'");
        assertThat(failure(badNumber).reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(failure(badNumber).getMessage()).contains("'Handgjord'", "C4", "tre");
        assertThat(failure(temp.resolve("saknas.xlsx")).reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void aHundredThousandRowSheetIsReadCompletely() throws Exception {
        Path file = temp.resolve("stor.xlsx");
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("Tillgångar");
            Row header = sheet.createRow(0);
            for (int c = 0; c < 10; c++) {
                header.createCell(c).setCellValue("Kolumn " + (c + 1));
            }
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("T-" + r);
                row.createCell(1).setCellValue("Tillgång nummer " + r + " & <del>");
                row.createCell(2).setCellValue(r);
                row.createCell(3).setCellValue(r / 4.0);
                Cell day = row.createCell(4);
                day.setCellValue(LocalDate.of(2024, 1, 1).plusDays(r % 366));
                day.setCellStyle(date);
                row.createCell(5).setCellValue(r % 2 == 0);
                row.createCell(6).setCellValue(r % 3 == 0 ? "Hög" : "Låg");
                row.createCell(7).setCellValue("Ägare " + r % 50);
                row.createCell(8).setCellFormula("C" + (r + 1) + "*2");
                row.createCell(9).setCellValue("Anteckning om rad " + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
            workbook.dispose();
        }

        ReadSheet sheet = WorkbookReader.read(file).sheet("Tillgångar");

        assertThat(sheet.rows()).hasSize(100_001);
        assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(10));
        ReadRow last = sheet.rows().get(100_000);
        assertThat(last.number()).isEqualTo(100_001);
        assertThat(cells(last)).containsExactly(
                tuple("A", CellKind.TEXT, "T-100000"),
                tuple("B", CellKind.TEXT, "Tillgång nummer 100000 & <del>"),
                tuple("C", CellKind.NUMBER, "100000"),
                tuple("D", CellKind.NUMBER, "25000"),
                tuple("E", CellKind.DATE, "2024-03-23"),
                tuple("F", CellKind.BOOLEAN, "true"),
                tuple("G", CellKind.TEXT, "Låg"),
                tuple("H", CellKind.TEXT, "Ägare 0"),
                tuple("I", CellKind.FORMULA, "C100001*2"),
                tuple("J", CellKind.TEXT, "Anteckning om rad 100000"));
        assertThat(sheet.rows().get(99_999).cell(3).value()).isEqualTo("24999.75");
    }

    /** A minimal package around one sheet, "Handgjord", in the 1904 date system with one date style (s="1"). */
    private Path handWritten(String name, String sheetXml) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>""");
        entries.put("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/>
                </Relationships>""");
        entries.put("xl/workbook.xml", """
                <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <workbookPr date1904="1"/>
                <sheets><sheet name="Handgjord" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""".formatted(MAIN));
        entries.put("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="styles.xml"/>
                </Relationships>""");
        entries.put("xl/styles.xml", """
                <styleSheet xmlns="%s"><cellXfs count="2">\
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                </cellXfs></styleSheet>""".formatted(MAIN));
        entries.put("xl/worksheets/sheet1.xml", sheetXml);
        return zip(name, entries);
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
