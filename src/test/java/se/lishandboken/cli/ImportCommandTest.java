package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/** {@code lis import} on the command line: what it prints, its exit codes, and that a failed import leaves data/ alone. */
class ImportCommandTest {
    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();
    private FixtureSite site;
    private Path workbook;

    @BeforeEach
    void exportTheFixtureRegister() {
        site = FixtureSite.create(temp).withRegister();
        workbook = temp.resolve("register.xlsx");
        assertThat(command.run("export", "--site", site.dir().toString(), "--edition", "ledning", workbook.toString()))
                .isEqualTo(ExitCodes.OK);
    }

    /** Sets the cell of the first record on {@code sheet} in the column headed {@code header}. */
    private void setFirstRow(String sheet, String header, String value) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var found = book.getSheet(sheet);
            for (var cell : found.getRow(0)) {
                if (cell.getStringCellValue().equals(header)) {
                    found.getRow(1).createCell(cell.getColumnIndex()).setCellValue(value);
                }
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }

    @Test
    void anUnchangedWorkbookWritesNothing() {
        assertThat(command.run("import", "--site", site.dir().toString(), workbook.toString())).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).contains("Arbetsboken ändrar inget i data-mappen; inga filer skrevs.");
    }

    @Test
    void aDryRunShowsWhatWouldChangeAndWritesNothing() throws IOException {
        String before = Files.readString(site.dir().resolve("data/assets.json"));
        setFirstRow("Tillgångar", "Namn", "Ett nytt namn");

        assertThat(command.run("import", "--site", site.dir().toString(), "--dry-run", workbook.toString())).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).contains("Tillgångar: 0 nya, 1 ändrade (T-", "Skulle skriva data/assets.json (--dry-run: inget skrevs)");
        assertThat(Files.readString(site.dir().resolve("data/assets.json"))).isEqualTo(before);

        assertThat(command.run("import", "--site", site.dir().toString(), workbook.toString())).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).contains("Skrev data/assets.json");
        assertThat(Files.readString(site.dir().resolve("data/assets.json"))).contains("\"name\": \"Ett nytt namn\"");
    }

    @Test
    void aBadCellFailsWithItsSheetRowAndColumnAndLeavesTheDataAlone() throws IOException {
        String before = Files.readString(site.dir().resolve("data/assets.json"));
        setFirstRow("Tillgångar", "Personuppgifter", "kanske");

        assertThat(command.run("import", "--site", site.dir().toString(), workbook.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains(workbook + "#Tillgångar!I2: fel: Bladet Tillgångar, rad 2, kolumn I (Personuppgifter): "
                + "Värdet \"kanske\" är varken ja eller nej.", "Välj ja eller nej i rullistan.",
                "Importen avbröts: 1 fel. Ingen fil i data-mappen har ändrats.");
        assertThat(Files.readString(site.dir().resolve("data/assets.json"))).isEqualTo(before);
    }

    @Test
    void aMissingWorkbookIsNamed() {
        assertThat(command.run("import", "--site", site.dir().toString(), temp.resolve("finns-inte.xlsx").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Arbetsboken " + temp.resolve("finns-inte.xlsx") + " finns inte.");
    }
}
