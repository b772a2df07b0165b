package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.LisCommand;
import se.lishandboken.testsupport.RepositoryPaths;

class ExportCommandTest {
    private static final Path SITE = RepositoryPaths.root();

    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();

    /** The name of the example data's first management-only asset (data/assets.json, visibility "ledning"). */
    private static String managementOnlyAssetName() throws IOException {
        for (JsonNode asset : new ObjectMapper().readTree(SITE.resolve("data/assets.json").toFile()).path("assets")) {
            if (asset.path("visibility").asText().equals("ledning")) {
                return asset.path("name").asText();
            }
        }
        throw new AssertionError("data/assets.json has no management-only asset");
    }

    /** Every cell's text of the workbook. */
    private static List<String> cells(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(formatter.formatCellValue(cell)))));
        }
        return texts;
    }

    @Test
    void theIntranetEditionLeavesManagementOnlyRecordsOutAndTheManagementEditionHasThem() throws IOException {
        Path intranet = temp.resolve("register.xlsx");
        Path ledning = temp.resolve("ledning.xlsx");

        assertThat(command.run("export", "--site", SITE.toString(), intranet.toString())).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).contains("Klart: " + intranet);
        assertThat(command.run("export", "--site", SITE.toString(), "--edition", "ledning", "-o", ledning.toString()))
                .isEqualTo(ExitCodes.OK);

        String name = managementOnlyAssetName();
        assertThat(cells(intranet)).doesNotContain(name).contains("Utgåva: intranät. Poster som bara ledningen får se är inte med.");
        assertThat(cells(ledning)).contains(name).anySatisfy(text -> assertThat(text).startsWith("Utgåva: ledning."));
    }

    @Test
    void theWorkbookIsNeverWrittenIntoTheSitesOutputFolder() {
        for (String edition : List.of("intranet", "ledning")) {
            Path target = SITE.resolve("output/register.xlsx");
            assertThat(command.run("export", "--site", SITE.toString(), "--edition", edition, target.toString()))
                    .isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(command.err()).contains("Registrets arbetsbok får inte skrivas i output/", "Ingen arbetsbok skrevs");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aDataFileOrAnythingNotNamedXlsxIsNeverOverwritten() throws IOException {
        Path site = temp.resolve("site");
        se.lishandboken.testsupport.FixtureSite.copyTree(SITE.resolve("data"), site.resolve("data"));
        Files.copy(SITE.resolve("jbake.properties"), site.resolve("jbake.properties"));
        Files.copy(SITE.resolve("ui.properties"), site.resolve("ui.properties"));
        se.lishandboken.testsupport.FixtureSite.copyTree(SITE.resolve("content"), site.resolve("content"));
        byte[] assets = Files.readAllBytes(site.resolve("data/assets.json"));
        byte[] ui = Files.readAllBytes(site.resolve("ui.properties"));

        assertThat(command.run("export", "--site", site.toString(), site.resolve("data/assets.json").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Arbetsboken skrivs bara till en fil som heter något med .xlsx");
        assertThat(command.run("export", "--site", site.toString(), site.resolve("ui.properties").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.run("export", "--site", site.toString(), site.resolve("data/register.xlsx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Registrets arbetsbok får inte skrivas i data/");

        assertThat(Files.readAllBytes(site.resolve("data/assets.json"))).isEqualTo(assets);
        assertThat(Files.readAllBytes(site.resolve("ui.properties"))).isEqualTo(ui);
        assertThat(site.resolve("data/register.xlsx")).doesNotExist();
    }

    @Test
    void anUnknownEditionIsRefused() {
        assertThat(command.run("export", "--site", SITE.toString(), "--edition", "alla", temp.resolve("x.xlsx").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("Okänd utgåva 'alla'");
    }
}
