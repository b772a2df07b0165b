package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.LisCommand;
import se.lishandboken.testsupport.FixtureSite;

class LisTest {
    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();

    private int lis(String... args) {
        return command.run(args);
    }

    @Test
    void buildPrintsASummaryWithPagesWarningsOutputAndTime() {
        FixtureSite site = FixtureSite.create(temp);

        int exit = lis("build", "--site", site.dir().toString(), "--version", "2.1");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).matches("(?s)Klart: 2 sidor, 1 varning, webbplatsen i .*output \\(\\d+,\\d s\\)\\.\\s*");
        assertThat(site.read("index.html")).contains("Version 2.1");
    }

    @Test
    void buildWithBadInputExitsNonZeroAndNamesTheFileAndWhatToDo() {
        FixtureSite site = FixtureSite.create(temp).page("a.adoc", "= A\n\nSe xref:saknas.adoc[saknad sida].\n");

        int exit = lis("build", "--site", site.dir().toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err())
                .contains("content/a.adoc:3: fel: Trasig länk: 'saknas.html'")
                .contains("Kontrollera xref-målet")
                .contains("Bygget avbröts: 1 fel. Inget i utdatamappen har ändrats.");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void buildOutsideAHandbookProjectSaysWhereToRunIt() {
        int exit = lis("build", "--site", temp.toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("jbake.properties: fel: Konfigurationsfilen saknas").contains("--site");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(lis("build", "--nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(command.err()).contains("--nope");
    }

    @Test
    void publishThenRollbackWithNothingBeforeExitsNonZeroAndSaysSo() {
        FixtureSite site = FixtureSite.create(temp);
        Path to = temp.resolve("publicerat");

        assertThat(lis("publish", "--site", site.dir().toString(), "--to", to.toString(), "--version", "2025.1")).isEqualTo(ExitCodes.OK);
        assertThat(command.out()).contains("Klart: utgåvan 2025.1 är publicerad");

        assertThat(lis("publish", "--to", to.toString(), "--rollback")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Det finns ingen tidigare utgåva att gå tillbaka till. Inget har ändrats.",
                "Publiceringen avslutades med 1 fel");
        assertThat(lis("publish", "--to", to.toString(), "--keep", "0")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void buildWithTimingsPrintsEveryStage() {
        FixtureSite site = FixtureSite.create(temp);

        assertThat(lis("build", "--site", site.dir().toString(), "--timings")).isEqualTo(ExitCodes.OK);

        assertThat(command.out()).containsPattern("  bake: \\d+[.,]\\d\\d s")
                .contains("  config: ", "  register: ", "  history: ", "  pdf: ", "  postprocess: ", "  swap: ");
    }
}
