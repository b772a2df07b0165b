package se.lishandboken.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
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
import se.lishandboken.register.Visibility;
import se.lishandboken.testsupport.RepositoryPaths;

class RegisterWorkbookTest {
    private static final Path DATA = RepositoryPaths.root().resolve("data");
    private static final List<String> SHEETS = List.of("Läs mig", "Tillgångar", "Klassningar", "Behörighetsgenomgångar",
            "Skyddsåtgärder", "Processer", "Processklassningar", "Behandlingar", "Biträden", "Åtgärder", "Åtgärdsstatus",
            "Iakttagelser", "Iakttagelsestatus", "Risker", "Riskbedömningar", "Nyckeltal", "E-utbildning", "Årshjul", "Roller",
            "Enheter", "Listor");

    @TempDir
    static Path temp;

    private static XSSFWorkbook example;

    /** The example register, every record included (the management edition), written and read back with POI. */
    @BeforeAll
    static void writeTheExampleRegister() throws IOException {
        SiteConfig config = ConfigLoader.load(RepositoryPaths.root());
        RegisterTrees trees = RegisterTrees.read(DATA, RegisterWorkbook.fileNames(config.classification()));
        Path file = RegisterWorkbook.write(trees, config.classification(), Visibility.LEDNING, temp.resolve("register.xlsx"));
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
        JsonNode processes = json("processes.json").path("processes");
        JsonNode findings = json("findings.json").path("findings");
        JsonNode risks = json("risks.json").path("risks");
        JsonNode years = json("metrics.json").path("years");
        JsonNode organisation = json("organisation.json");
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("Tillgångar", assets.size()),
                Map.entry("Klassningar", nested(assets, "classifications")),
                Map.entry("Behörighetsgenomgångar", nested(assets, "accessReviews")),
                Map.entry("Skyddsåtgärder", nested(assets, "measures")),
                Map.entry("Processer", processes.size()),
                Map.entry("Processklassningar", nested(processes, "classifications")),
                Map.entry("Behandlingar", records.size()),
                Map.entry("Biträden", nested(records, "processors")),
                Map.entry("Åtgärder", actions.size()),
                Map.entry("Åtgärdsstatus", nested(actions, "history")),
                Map.entry("Iakttagelser", findings.size()),
                Map.entry("Iakttagelsestatus", nested(findings, "history")),
                Map.entry("Risker", risks.size()),
                Map.entry("Riskbedömningar", nested(risks, "assessments")),
                Map.entry("Nyckeltal", years.size()),
                Map.entry("E-utbildning", nested(years, "elearning")),
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
        assertThat(row(actions, 0)).containsExactly("Id", "Titel", "Planår", "Ansvarig (roll)", "Status (senaste)", "Klar senast",
                "Sista planår", "Återkommande", "Källa", "Källans referens", "Iakttagelser", "Risker", "Tillgångar", "Registrerad",
                "Beskrivning", "Synlighet");
        assertThat(actions.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(row(example.getSheet("Klassningar"), 0)).containsExactly("Tillgång", "Datum", "Konfidentialitet (K)",
                "Riktighet (R)", "Tillgänglighet (T)", "Spårbarhet (S)", "Klassad av (roll)", "Metod", "Anteckning");
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
        assertThat(dropdown(example.getSheet("Åtgärder"), 4)).isEqualTo("'Listor'!$E$2:$E$6");
        assertThat(dropdown(example.getSheet("Åtgärder"), 3)).startsWith("'Listor'!$A$2:$A$");
        assertThat(dropdown(example.getSheet("Åtgärdsstatus"), 2)).isEqualTo("'Listor'!$E$2:$E$6");
        assertThat(dropdown(example.getSheet("Klassningar"), 2)).isEqualTo("'Listor'!$C$2:$C$5");
        assertThat(dropdown(example.getSheet("Tillgångar"), 13)).isEqualTo("'Listor'!$G$2:$G$3");
        XSSFSheet lists = example.getSheet("Listor");
        assertThat(StreamSupport.stream(lists.spliterator(), false).skip(1).map(r -> r.getCell(4)).filter(c -> c != null)
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
        ObjectMapper json = new ObjectMapper();
        var organisation = json.createObjectNode();
        organisation.putArray("roles").addObject().put("id", "isam").put("name", tricky.get(0)).put("unit", "enhet")
                .put("description", tricky.get(3));
        organisation.putArray("units").addObject().put("id", "enhet").put("name", tricky.get(1)).put("employees", 5);
        var assets = json.createObjectNode();
        var asset = assets.putArray("assets").addObject().put("id", "A-1").put("name", tricky.get(2)).put("description", "=1+1")
                .put("owner", "isam").put("unit", "enhet").put("personalData", false);
        asset.putArray("classifications").addObject().put("date", "2024-01-02").put("method", "KLASSA").put("classifiedBy", "isam")
                .put("note", "@note").putObject("levels").put("K", 2);
        RegisterTrees trees = new RegisterTrees(Map.of("organisation.json", organisation, "assets.json", assets));
        ClassificationScale scale = new ClassificationScale(Map.of("K", "Konfidentialitet"), Map.of(1, "Låg", 2, "Hög"), 36);
        Path file = RegisterWorkbook.write(trees, scale, Visibility.INTRANET, temp.resolve("tricky.xlsx"));

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

    @Test
    void aTextTooLongForACellStopsTheExportAtItsPointer() {
        ObjectMapper json = new ObjectMapper();
        var assets = json.createObjectNode();
        assets.putArray("assets").addObject().put("id", "A-1").put("name", "Lång").put("description", "x".repeat(40_000));
        RegisterTrees trees = new RegisterTrees(Map.of("assets.json", assets));
        ClassificationScale scale = new ClassificationScale(Map.of("K", "Konfidentialitet"), Map.of(1, "Låg", 2, "Hög"), 36);
        Path target = temp.resolve("lang.xlsx");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegisterWorkbook.write(trees, scale, Visibility.LEDNING, target))
                .isInstanceOfSatisfying(se.lishandboken.problem.BuildFailedException.class, failure ->
                        assertThat(failure.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.location()).isEqualTo("data/assets.json#/assets/0/description");
                            assertThat(problem.message().replaceAll("\\h", " ")).isEqualTo("Texten har 40 000 tecken; en cell i Excel rymmer högst 32 767.");
                        }));
        assertThat(target).doesNotExist();
    }
}
