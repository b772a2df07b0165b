package se.lishandboken.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.register.Cycle;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Register;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Role;
import se.lishandboken.register.Unit;
import se.lishandboken.testsupport.RepositoryPaths;

class RegisterWorkbookTest {
    private static final Path DATA = RepositoryPaths.root().resolve("data");
    private static final List<String> SHEETS = List.of("Läs mig", "Tillgångar", "Klassningar", "Processer", "Behandlingar",
            "Biträden", "Åtgärder", "Åtgärdsstatus", "Iakttagelser", "Risker", "Nyckeltal", "Årshjul", "Roller", "Enheter", "Listor");

    @TempDir
    static Path temp;

    private static XSSFWorkbook example;

    /** The example register, every record included (the management edition), written and read back with POI. */
    @BeforeAll
    static void writeTheExampleRegister() throws IOException {
        SiteConfig config = ConfigLoader.load(RepositoryPaths.root());
        Register register = RegisterLoader.load(config, LocalDate.now(config.timeZone())).register();
        Path file = RegisterWorkbook.write(register, config.classification(), true, temp.resolve("register.xlsx"));
        example = new XSSFWorkbook(java.nio.file.Files.newInputStream(file));
    }

    private static JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(DATA.resolve(file).toFile());
    }

    private static int nested(JsonNode records, String field) {
        return StreamSupport.stream(records.spliterator(), false).mapToInt(record -> record.path(field).size()).sum();
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }

    @Test
    void theWorkbookHasTheReadMeFirstThenOneSheetPerKindAndTheHiddenLists() {
        List<String> names = new ArrayList<>();
        example.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactlyElementsOf(SHEETS);
        assertThat(example.isSheetHidden(example.getSheetIndex("Listor"))).isTrue();
        assertThat(row(example.getSheet("Läs mig"), 0).get(0)).startsWith("LIS-registret som arbetsbok");
        assertThat(StreamSupport.stream(example.getSheet("Läs mig").spliterator(), false).map(r -> r.getCell(0).getStringCellValue()))
                .anySatisfy(line -> assertThat(line).startsWith("Klassningar: en rad per klassning"))
                .anySatisfy(line -> assertThat(line).contains("lis import"));
    }

    @Test
    void eachSheetHasOneRowPerRecordOfItsDataFile() throws IOException {
        JsonNode assets = json("assets.json").path("assets");
        JsonNode records = json("processing.json").path("records");
        JsonNode actions = json("actions.json").path("actions");
        JsonNode organisation = json("organisation.json");
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("Tillgångar", assets.size()),
                Map.entry("Klassningar", nested(assets, "classifications")),
                Map.entry("Processer", json("processes.json").path("processes").size()),
                Map.entry("Behandlingar", records.size()),
                Map.entry("Biträden", nested(records, "processors")),
                Map.entry("Åtgärder", actions.size()),
                Map.entry("Åtgärdsstatus", nested(actions, "history")),
                Map.entry("Iakttagelser", json("findings.json").path("findings").size()),
                Map.entry("Risker", json("risks.json").path("risks").size()),
                Map.entry("Nyckeltal", json("metrics.json").path("years").size()),
                Map.entry("Årshjul", json("cycle.json").path("activities").size()),
                Map.entry("Roller", organisation.path("roles").size()),
                Map.entry("Enheter", organisation.path("units").size()));
        expected.forEach((sheet, count) -> {
            assertThat(count).as(sheet).isPositive();
            assertThat(example.getSheet(sheet).getLastRowNum()).as("rows below the header of %s", sheet).isEqualTo(count);
        });
    }

    @Test
    void theHeadersAreSwedishBoldAndFrozen() {
        XSSFSheet actions = example.getSheet("Åtgärder");
        assertThat(row(actions, 0)).containsExactly("Id", "Titel", "Planår", "Ansvarig (roll)", "Status", "Klar senast",
                "Sista planår", "Återkommande", "Iakttagelser", "Risker", "Tillgångar", "Registrerad", "Beskrivning", "Synlighet");
        assertThat(actions.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(row(example.getSheet("Klassningar"), 0)).containsExactly("Tillgång", "Datum", "Konfidentialitet (K)",
                "Riktighet (R)", "Tillgänglighet (T)", "Spårbarhet (S)", "Klassad av", "Metod", "Anteckning");
        for (String name : SHEETS.subList(1, SHEETS.size() - 1)) {
            XSSFSheet sheet = example.getSheet(name);
            assertThat(sheet.getPaneInformation()).as(name).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).as(name).isGreaterThan(2 * 256);
        }
    }

    @Test
    void statusRoleAndLevelColumnsOfferDropdownsFromTheHiddenLists() {
        assertThat(dropdown(example.getSheet("Åtgärder"), 4)).isEqualTo("'Listor'!$B$2:$B$6");
        assertThat(dropdown(example.getSheet("Åtgärder"), 3)).startsWith("'Listor'!$A$2:$A$");
        assertThat(dropdown(example.getSheet("Åtgärdsstatus"), 2)).isEqualTo("'Listor'!$B$2:$B$6");
        assertThat(dropdown(example.getSheet("Klassningar"), 2)).isEqualTo("'Listor'!$D$2:$D$5");
        XSSFSheet lists = example.getSheet("Listor");
        assertThat(StreamSupport.stream(lists.spliterator(), false).skip(1).map(r -> r.getCell(1)).filter(c -> c != null)
                .map(c -> c.getStringCellValue())).containsExactly("planned", "in-progress", "done", "postponed", "cancelled");
        assertThat(dropdown(example.getSheet("Åtgärder"), 1)).isNull();
    }

    /** The list formula of the dropdown covering the column below the header; null if none. */
    private static String dropdown(XSSFSheet sheet, int column) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() <= column && column <= range.getLastColumn() && range.getFirstRow() == 1
                        && range.getLastRow() >= sheet.getLastRowNum()) {
                    return validation.getValidationConstraint().getFormula1();
                }
            }
        }
        return null;
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedText() throws IOException {
        List<String> tricky = List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+46 8 123", "-1+2", "@SUM(A1:A2)");
        Organisation organisation = new Organisation(List.of(new Role("isam", tricky.get(0), "enhet", tricky.get(3))),
                List.of(new Unit("enhet", tricky.get(1), 5)));
        Asset asset = new Asset("A-1", tricky.get(2), "=1+1", "isam", null, "enhet", List.of(), null, null, false, List.of(),
                List.of(new Classification(LocalDate.of(2024, 1, 2), Map.of("K", 2), "KLASSA", "isam", "@note")), null, List.of(),
                List.of(), null, null);
        Register register = new Register(organisation, List.of(asset), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Cycle.EMPTY);
        ClassificationScale scale = new ClassificationScale(Map.of("K", "Konfidentialitet"), Map.of(1, "Låg", 2, "Hög"), 36);
        Path file = RegisterWorkbook.write(register, scale, false, temp.resolve("tricky.xlsx"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new ArrayList<>();
            for (String name : List.of("Tillgångar", "Roller", "Enheter", "Klassningar")) {
                for (Row row : workbook.getSheet(name)) {
                    row.forEach(cells::add);
                }
            }
            assertThat(cells).noneSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA));
            List<org.apache.poi.ss.usermodel.Cell> formulaLike = cells.stream()
                    .filter(cell -> cell.getCellType() == CellType.STRING && CellWriter.looksLikeFormula(cell.getStringCellValue()))
                    .toList();
            assertThat(formulaLike).extracting(cell -> cell.getStringCellValue())
                    .containsExactlyInAnyOrder(tricky.get(2), "=1+1", tricky.get(0), tricky.get(3), tricky.get(1), "@note");
            assertThat(formulaLike).allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
            assertThat(workbook.getSheet("Tillgångar").getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
