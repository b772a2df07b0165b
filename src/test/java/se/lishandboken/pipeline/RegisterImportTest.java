package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.Visibility;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.RepositoryPaths;

/**
 * {@code lis import}: the example register goes out to Excel and back, edited the ways an ISAM edits it
 * and broken the ways a workbook gets broken.
 */
class RegisterImportTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void copyTheExample() throws IOException {
        site = copyOf(RepositoryPaths.root());
    }

    private Path copyOf(Path source) throws IOException {
        Path copy = temp.resolve(source.getFileName() + "-site");
        Files.createDirectories(copy);
        for (String file : List.of("jbake.properties", "ui.properties")) {
            if (Files.exists(source.resolve(file))) {
                Files.copy(source.resolve(file), copy.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String folder : List.of("content", "assets")) {
            if (Files.isDirectory(source.resolve(folder))) {
                FixtureSite.copyTree(source.resolve(folder), copy.resolve(folder));
            }
        }
        FixtureSite.copyTree(source.resolve("data"), copy.resolve("data"));
        return copy;
    }

    private BuildRequest request() {
        return new BuildRequest(site, site.resolve("output"), null, NOW);
    }

    private Path export(Visibility edition) {
        return RegisterExport.run(request(), edition, temp.resolve("register-" + edition.dataName() + ".xlsx"));
    }

    private RegisterImport.Outcome importing(Path workbook) {
        return RegisterImport.run(request(), workbook, false, false);
    }

    /** Every data file's bytes, by path. */
    private Map<String, byte[]> dataBytes() {
        Map<String, byte[]> bytes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static void assertSameBytes(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
    }

    /** Opens the workbook, lets {@code edit} change it, and saves it. */
    private static void edit(Path workbook, Consumer<XSSFWorkbook> edit) {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            edit.accept(book);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of {@code sheet} whose first cell is {@code key}. */
    private static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " on " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String key, String header) {
        Sheet found = book.getSheet(sheet);
        Row row = rowOf(found, key);
        int column = column(found, header);
        return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
    }

    private JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(site.resolve("data").resolve(file).toFile());
    }

    private static JsonNode record(JsonNode file, String array, String id) {
        for (JsonNode record : file.path(array)) {
            if (record.path("id").asText().equals(id)) {
                return record;
            }
        }
        throw new AssertionError("no " + id);
    }

    private List<Problem> problemsOf(Path workbook) {
        Map<String, byte[]> before = dataBytes();
        try {
            importing(workbook);
        } catch (BuildFailedException e) {
            assertSameBytes(before, dataBytes());
            return e.problems();
        }
        throw new AssertionError("the import did not fail");
    }

    @Test
    void exportThenImportChangesNoByteInEitherEdition() {
        Map<String, byte[]> before = dataBytes();
        for (Visibility edition : Visibility.values()) {
            RegisterImport.Outcome outcome = importing(export(edition));
            assertThat(outcome.written()).as(edition.name()).isEmpty();
            assertThat(outcome.warnings()).as(edition.name()).isEmpty();
        }
        assertSameBytes(before, dataBytes());
    }

    @Test
    void aHandFormattedRegisterRoundTripsWithoutBeingReformatted() throws IOException {
        site = copyOf(RepositoryPaths.root().resolve("src/test/resources/sites/andra-org"));
        Map<String, byte[]> before = dataBytes();
        assertThat(importing(export(Visibility.LEDNING)).written()).isEmpty();
        assertSameBytes(before, dataBytes());
    }

    @Test
    void anEditedCellChangesOnlyItsLineOfItsFile() throws IOException {
        List<String> before = Files.readAllLines(site.resolve("data/assets.json"));
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-CRM", "System").setCellValue("Nytt CRM-system i egen drift"));

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(outcome.written()).containsExactly(Path.of("data/assets.json"));
        assertThat(outcome.summary()).containsExactly("Tillgångar: 0 nya, 1 ändrade (T-CRM)");
        List<String> after = Files.readAllLines(site.resolve("data/assets.json"));
        assertThat(after).hasSameSizeAs(before);
        List<Integer> changed = java.util.stream.IntStream.range(0, before.size())
                .filter(i -> !before.get(i).equals(after.get(i))).boxed().toList();
        assertThat(changed).hasSize(1);
        assertThat(after.get(changed.get(0))).isEqualTo("      \"system\": \"Nytt CRM-system i egen drift\",");
    }

    @Test
    void aKlassaClassificationTypedWithATextDateGoesInDateOrder() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Klassningar");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] values = {"T-CRM", "2025-9-3", "3", "3", "2", "2", "isam", "KLASSA 5.1", "Ny leverantör."};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });

        importing(workbook);

        JsonNode classifications = record(json("assets.json"), "assets", "T-CRM").path("classifications");
        assertThat(classifications).hasSize(4);
        JsonNode added = classifications.get(2);
        assertThat(added.path("date").asText()).isEqualTo("2025-09-03");
        assertThat(added.path("levels").toString()).isEqualTo("{\"K\":3,\"R\":3,\"T\":2,\"S\":2}");
        assertThat(added.path("method").asText()).isEqualTo("KLASSA 5.1");
        assertThat(classifications.get(3).path("date").asText()).isEqualTo("2026-05-21");
    }

    @Test
    void aRowDeletedFromAHistoryIsKeptWithAWarning() {
        Map<String, byte[]> before = dataBytes();
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Åtgärdsstatus");
            sheet.removeRow(sheet.getRow(2));
        });

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.message()).startsWith("Bladet Åtgärdsstatus: En rad finns i data-mappen men inte på bladet");
            assertThat(warning.hint()).contains("tar aldrig bort", "data/actions.json");
        });
        assertSameBytes(before, dataBytes());
    }

    @Test
    void aColumnTheWorkbookLacksKeepsItsField() throws IOException {
        String description = record(json("assets.json"), "assets", "T-CRM").path("description").asText();
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Tillgångar");
            int column = column(sheet, "Beskrivning");
            sheet.forEach(row -> {
                if (row.getCell(column) != null) {
                    row.removeCell(row.getCell(column));
                }
            });
            cell(book, "Tillgångar", "T-CRM", "Namn").setCellValue("CRM");
        });

        importing(workbook);

        JsonNode crm = record(json("assets.json"), "assets", "T-CRM");
        assertThat(crm.path("name").asText()).isEqualTo("CRM");
        assertThat(crm.path("description").asText()).isEqualTo(description);
    }

    @Test
    void anUnknownRoleIsReportedAtItsCellAndNothingIsWritten() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-CRM", "Ägare (roll)").setCellValue("ingen-sadan-roll"));

        List<Problem> problems = problemsOf(workbook);

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(workbook + "#Tillgångar!C2");
            assertThat(problem.message()).startsWith("Bladet Tillgångar, rad 2, kolumn C (Ägare (roll)): ").contains("ingen-sadan-roll");
        });
    }

    @Test
    void aFormulaIsRefusedAtItsCell() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Risker", "RSA24-01", "Sannolikhet").setCellFormula("1+2"));

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("Bladet Risker, rad 2, kolumn D (Sannolikhet): Cellen innehåller formeln =1+2");
            assertThat(problem.hint()).contains("klistra in som värde");
        });
    }

    @Test
    void textThatLooksLikeAFormulaIsKeptAsTextAndExportedAsText() throws IOException {
        String attack = "=HYPERLINK(\"http://angripare.example/\",\"Klicka\")";
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-CRM", "Beskrivning").setCellValue(attack));

        importing(workbook);

        assertThat(record(json("assets.json"), "assets", "T-CRM").path("description").asText()).isEqualTo(attack);
        Path again = export(Visibility.LEDNING);
        try (InputStream in = Files.newInputStream(again); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Cell cell = cell(book, "Tillgångar", "T-CRM", "Beskrivning");
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(attack);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aDateInAnotherFormIsRefusedWithTheFormToUse() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Åtgärder", "A2024-L1", "Klar senast").setCellValue("31/3/2027"));

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).endsWith("Texten \"31/3/2027\" är inte ett datum i formen ÅÅÅÅ-MM-DD.");
            assertThat(problem.hint()).contains("ÅÅÅÅ-MM-DD");
        });
    }

    @Test
    void mergedCellsAreRefused() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> book.getSheet("Processer").addMergedRegion(CellRangeAddress.valueOf("C2:C4")));

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("Cellerna C2:C4 är sammanfogade");
            assertThat(problem.hint()).contains("Dela upp celler");
        });
    }

    @Test
    void aHiddenSheetIsReadWithAWarning() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            cell(book, "Processer", "P-LEDNING", "Namn").setCellValue("Ledning och styrning av bolaget");
            book.setSheetHidden(book.getSheetIndex("Processer"), true);
        });

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(record(json("processes.json"), "processes", "P-LEDNING").path("name").asText())
                .isEqualTo("Ledning och styrning av bolaget");
        assertThat(outcome.warnings()).singleElement().satisfies(warning ->
                assertThat(warning.message()).isEqualTo("Bladet \"Processer\" är dolt men läses ändå."));
    }

    @Test
    void theIntranetEditionCannotOverwriteARecordItDoesNotShow() {
        Path workbook = export(Visibility.INTRANET);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Risker");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("RSA24-07");
            row.createCell(1).setCellValue("En ny risk");
        });

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Id \"RSA24-07\" har redan en post som bara ledningen får se"));
    }

    @Test
    void aFileThatIsNotAnXlsxWorkbookIsNamedForWhatItIs() throws IOException {
        Path text = temp.resolve("register.xlsx");
        Files.writeString(text, "id;namn\nT-1;Något\n");
        Path old = temp.resolve("gammal.xlsx");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook xls = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(old)) {
            xls.createSheet("Tillgångar");
            xls.write(out);
        }

        assertThat(problemsOf(text)).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("Filen är inte en Excel-arbetsbok (.xlsx)"));
        assertThat(problemsOf(old)).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("Filen är en arbetsbok i det gamla formatet .xls"));
    }

    @Test
    void aSheetOfAHundredThousandRowsIsImported() throws IOException {
        Path workbook = temp.resolve("stor.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("Tillgångar");
            String[] header = {"Id", "Namn", "Ägare (roll)", "Personuppgifter", "Registrerad"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int n = 1; n <= 100_000; n++) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(String.format("T-%06d", n));
                row.createCell(1).setCellValue("Tillgång " + n);
                row.createCell(2).setCellValue("isam");
                row.createCell(3).setCellValue("nej");
                row.createCell(4).setCellValue("2026-01-15");
            }
            book.write(out);
            book.dispose();
        }
        int before = json("assets.json").path("assets").size();

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(outcome.summary()).singleElement().satisfies(line ->
                assertThat(line.replaceAll("\\h", " ")).isEqualTo("Tillgångar: 100 000 nya (T-000001, T-000002, T-000003, T-000004, T-000005 …), 0 ändrade"));
        JsonNode assets = json("assets.json").path("assets");
        assertThat(assets).hasSize(before + 100_000);
        assertThat(assets.get(assets.size() - 1).toString())
                .isEqualTo("{\"id\":\"T-100000\",\"name\":\"Tillgång 100000\",\"owner\":\"isam\",\"personalData\":false,"
                        + "\"recorded\":\"2026-01-15\"}");
    }

    @Test
    void theIntranetEditionKeepsReferencesToWhatItDoesNotShow() throws IOException {
        JsonNode before = record(json("processes.json"), "processes", "P-LEDNING").path("assets");
        assertThat(before.toString()).contains("T-STYRELSERUMMET", "T-KRISLEDNINGSPARMEN");
        Path workbook = export(Visibility.INTRANET);
        String[] shown = new String[1];
        edit(workbook, book -> {
            Cell assets = cell(book, "Processer", "P-LEDNING", "Tillgångar");
            shown[0] = assets.getStringCellValue();
            assets.setCellValue(shown[0].substring(0, shown[0].lastIndexOf(',')));
        });
        assertThat(shown[0]).doesNotContain("T-STYRELSERUMMET", "T-KRISLEDNINGSPARMEN");

        importing(workbook);

        JsonNode after = record(json("processes.json"), "processes", "P-LEDNING").path("assets");
        assertThat(after).hasSize(before.size() - 1);
        assertThat(after.toString()).contains("T-STYRELSERUMMET", "T-KRISLEDNINGSPARMEN");
    }

    @Test
    void aChangedStatusUnknownSheetsAndUnheadedColumnsAreNotReadAndSaySo() {
        Map<String, byte[]> before = dataBytes();
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            cell(book, "Åtgärder", "A2024-L1", "Status (senaste)").setCellValue("cancelled");
            book.createSheet("Mina anteckningar").createRow(0).createCell(0).setCellValue("Att göra");
            Row header = book.getSheet("Risker").getRow(0);
            header.createCell(header.getLastCellNum()).setCellValue("Kommentar");
        });

        List<String> warnings = importing(workbook).warnings().stream().map(Problem::toString).toList();

        assertThat(warnings).containsExactlyInAnyOrder(
                workbook + "#Åtgärder!E2: Bladet Åtgärder, rad 2, kolumn E (Status (senaste)): Kolumnen Status (senaste) räknas fram "
                        + "och läses inte tillbaka; \"cancelled\" sparas inte. Lägg i stället till en rad med datum och den nya statusen "
                        + "på bladet Åtgärdsstatus.",
                workbook + ": Bladet \"Mina anteckningar\" hör inte till registret och läses inte. Registrets blad är: Tillgångar, "
                        + "Klassningar, Behörighetsgenomgångar, Skyddsåtgärder, Processer, Processklassningar, Behandlingar, Biträden, "
                        + "Åtgärder, Åtgärdsstatus, Iakttagelser, Iakttagelsestatus, Risker, Riskbedömningar, Nyckeltal, E-utbildning, "
                        + "Årshjul, Roller, Enheter.",
                workbook + "#Risker!M1: Bladet Risker, rad 1, kolumn M (Kommentar): Kolumnen \"Kommentar\" hör inte till bladet och "
                        + "läses inte. Bladets kolumner är: Id, Titel, Ägare (roll), Sannolikhet, Konsekvens, Bedömd, Beslut, Åtgärder, "
                        + "Beslutad av (roll), Motivering, Beskrivning, Synlighet.");
        assertSameBytes(before, dataBytes());
    }

    @Test
    void theIntranetEditionCannotAddToTheHistoryOfARecordItDoesNotShow() {
        Path workbook = export(Visibility.INTRANET);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Klassningar");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] values = {"T-STYRELSERUMMET", "2024-09-19", "1", "1", "1", "1", "isam", "KLASSA"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Id \"T-STYRELSERUMMET\" har redan en post som bara ledningen får se"));
    }

    @Test
    void sortingAHistorySheetDoesNotSwapTwoChangesOnTheSameDay() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Åtgärdsstatus");
            for (String status : List.of("in-progress", "done")) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue("A2024-L1");
                row.createCell(1).setCellValue("2026-11-20");
                row.createCell(2).setCellValue(status);
            }
        });
        importing(workbook);
        Path again = export(Visibility.LEDNING);
        edit(again, book -> {
            Sheet sheet = book.getSheet("Åtgärdsstatus");
            Row done = rowWith(sheet, "A2024-L1", "2026-11-20", "done");
            Row started = rowWith(sheet, "A2024-L1", "2026-11-20", "in-progress");
            done.getCell(2).setCellValue("in-progress");
            started.getCell(2).setCellValue("done");
        });
        byte[] before = Files.readAllBytes(site.resolve("data/actions.json"));

        RegisterImport.Outcome outcome = importing(again);

        assertThat(outcome.written()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(Files.readAllBytes(site.resolve("data/actions.json"))).isEqualTo(before);
    }

    private static Row rowWith(Sheet sheet, String... values) {
        for (Row row : sheet) {
            boolean all = true;
            for (int i = 0; i < values.length; i++) {
                all &= row.getCell(i) != null && new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(i))
                        .equals(values[i]);
            }
            if (all) {
                return row;
            }
        }
        throw new AssertionError("no row " + String.join(" ", values));
    }

    @Test
    void takingLedningOutOfARecordsVisibilitySaysItIsPublished() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-STYRELSERUMMET", "Synlighet").setBlank());

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(outcome.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .endsWith("Posten T-STYRELSERUMMET blir synlig på intranätet: den var markerad att bara ledningen får se den."));
        assertThat(record(json("assets.json"), "assets", "T-STYRELSERUMMET").has("visibility")).isFalse();
    }

    @Test
    void aCategoryCountedTwiceInOneCellIsAnError() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> book.getSheet("Nyckeltal").getRow(1).getCell(1).setCellValue("Felskickad e-post: 6\nFelskickad e-post: 2"));

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).endsWith("Kategorin \"Felskickad e-post\" står två gånger i cellen."));
    }

    @Test
    void aWorkbookOlderThanADataFileCannotUndoItsChangesUnlessForced() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        Path assets = site.resolve("data/assets.json");
        Files.writeString(assets, Files.readString(assets).replace("\"name\": \"Företagsregister och CRM\"", "\"name\": \"CRM\""));
        byte[] edited = Files.readAllBytes(assets);

        assertThat(problemsOf(workbook)).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("data/assets.json har ändrats sedan arbetsboken exporterades, och arbetsboken "
                    + "skulle skriva över de ändringarna.");
            assertThat(problem.hint()).contains("lis export", "--force");
        });
        assertThat(Files.readAllBytes(assets)).isEqualTo(edited);

        RegisterImport.run(request(), workbook, false, true);
        assertThat(record(json("assets.json"), "assets", "T-CRM").path("name").asText()).isEqualTo("Företagsregister och CRM");
    }

    @Test
    void aFileSavedWithWindowsLineEndingsKeepsThem() throws IOException {
        Path assets = site.resolve("data/assets.json");
        Files.writeString(assets, Files.readString(assets).replace("\n", "\r\n"));
        List<String> before = List.of(Files.readString(assets).split("\r\n", -1));
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-CRM", "System").setCellValue("Nytt system"));

        importing(workbook);

        String text = Files.readString(assets);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<String> after = List.of(text.split("\r\n", -1));
        assertThat(after).hasSameSizeAs(before);
        assertThat(java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i)))).hasSize(1);
    }

    @Test
    void aRequiredValueThatIsMissingIsNamedAsTheWorkbookShowsIt() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet assets = book.getSheet("Tillgångar");
            Row asset = assets.createRow(assets.getLastRowNum() + 1);
            asset.createCell(0).setCellValue("T-NY");
            asset.createCell(2).setCellValue("isam");
            asset.createCell(8).setCellValue("nej");
            Sheet findings = book.getSheet("Iakttagelser");
            Row finding = findings.createRow(findings.getLastRowNum() + 1);
            String[] values = {"F-NY", "Ny iakttagelse", "audit", "finding", "2026-10-01", "Rapport 2026", "", "Text."};
            for (int i = 0; i < values.length; i++) {
                finding.createCell(i).setCellValue(values[i]);
            }
        });

        List<String> errors = problemsOf(workbook).stream().filter(Problem::isError).map(Problem::toString).toList();

        assertThat(errors).containsExactlyInAnyOrder(
                workbook + "#Tillgångar!B47: Bladet Tillgångar, rad 47, kolumn B (Namn): Cellen är tom, men måste fyllas i. "
                        + "Fyll i cellen; en rullista visar vilka värden som går.",
                workbook + "#Iakttagelser!A11: Bladet Iakttagelser, rad 11: Posten har ingen rad på bladet Iakttagelsestatus, men "
                        + "måste ha minst en. Lägg till en rad för posten på bladet Iakttagelsestatus, t.ex. med dagens datum och status.");
    }

    @Test
    void anIdThatDiffersOnlyInCaseIsAnError() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> cell(book, "Tillgångar", "T-CRM", "Id").setCellValue("t-crm"));

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("Bladet Tillgångar, rad 2, kolumn A (Id): Id 't-crm' skiljer sig bara i "
                        + "stora och små bokstäver från 'T-CRM'"));
    }

    @Test
    void aNewStatusRowIsAddedWithoutAWordOfWarning() throws IOException {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Åtgärdsstatus");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("A2024-L1");
            row.createCell(1).setCellValue("2026-11-27");
            row.createCell(2).setCellValue("in-progress");
        });

        RegisterImport.Outcome outcome = importing(workbook);

        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.summary()).containsExactly("Åtgärdsstatus: 1 nya (A2024-L1), 0 ändrade");
        JsonNode history = record(json("actions.json"), "actions", "A2024-L1").path("history");
        assertThat(history.get(history.size() - 1).path("status").asText()).isEqualTo("in-progress");
    }

    @Test
    void theSameKeyTwiceOnAListThatIsNotDatedIsAnError() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("E-utbildning");
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
            sheet.getRow(1).forEach(cell -> {
                Cell target = copy.createCell(cell.getColumnIndex());
                if (cell.getCellType() == CellType.NUMERIC) {
                    target.setCellValue(cell.getNumericCellValue());
                } else {
                    target.setCellValue(cell.getStringCellValue());
                }
            });
        });

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Enhet \"2023 enhet-ledning\" står redan på rad 2"));
    }

    @Test
    void aRoleThatDiffersOnlyInCaseIsAnErrorToo() {
        Path workbook = export(Visibility.LEDNING);
        edit(workbook, book -> {
            Sheet sheet = book.getSheet("Roller");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("ISAM");
            row.createCell(1).setCellValue("Samordnare, igen");
        });

        assertThat(problemsOf(workbook)).filteredOn(Problem::isError).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Id 'ISAM' skiljer sig bara i stora och små bokstäver från 'isam'"));
    }
}
