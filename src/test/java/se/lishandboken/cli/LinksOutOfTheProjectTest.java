package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/**
 * What a project's links can reach: nothing outside the project is read (a file linked into data/ does not
 * reach the site), and what cannot be read as JSON is never echoed, so a token in a data file stays out of
 * a CI log.
 */
class LinksOutOfTheProjectTest {
    /** A fake GitHub token: its prefix and 36 letters. */
    private static final String TOKEN = "ghp_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHiJ";
    /** More of the token than an excerpt may show: its prefix and the first two letters after it. */
    private static final String TOO_MUCH_OF_THE_TOKEN = TOKEN.substring(0, 6);

    @TempDir
    Path temp;

    private static LisCommand lis(String... args) {
        LisCommand command = new LisCommand();
        command.run(args);
        return command;
    }

    private static int exit(String... args) {
        return new LisCommand().run(args);
    }

    @Test
    void aDataFileLinkedFromOutsideIsRefusedByBuildAndCheckAndThePreviousSiteStays() throws IOException {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages();
        assertThat(exit("build", "--site", site.dir().toString())).isEqualTo(ExitCodes.OK);
        String before = site.read("register/iakttagelser-och-risker.html");
        assertThat(before).as("the page shows the title the outside file replaces").contains("Felskickad e-post med personuppgifter");
        String risks = Files.readString(site.dir().resolve("data/risks.json"));
        String outsideTitle = "Utifrån inläst risk som aldrig får synas";
        site.file("../utanfor/risks.json", risks.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + outsideTitle + "\""))
                .link("data/risks.json", "../../utanfor/risks.json");
        assertThat(Files.readString(temp.resolve("utanfor/risks.json"))).contains(outsideTitle);

        for (String command : new String[] {"build", "check"}) {
            LisCommand run = new LisCommand();
            assertThat(run.run(command, "--site", site.dir().toString())).as("lis %s", command).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).as("lis %s", command)
                    .contains("data/risks.json: fel: Symbolisk länk som pekar utanför projektet")
                    .contains("Lägg en kopia av filen i projektet")
                    .doesNotContain(outsideTitle);
        }
        assertThat(site.read("register/iakttagelser-och-risker.html")).isEqualTo(before);
        try (Stream<Path> files = Files.walk(site.output())) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> contains(file, outsideTitle))).isEmpty();
        }
    }

    @Test
    void aTokenFileLinkedAsDataIsNeverRead() {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .file("../token.txt", TOKEN + "\n")
                .link("data/risks.json", "../../token.txt");

        for (String command : new String[] {"build", "check"}) {
            LisCommand run = lis(command, "--site", site.dir().toString());
            assertThat(run.err()).as("lis %s", command).contains("data/risks.json: fel: Symbolisk länk som pekar utanför projektet");
            assertThat(run.out() + run.err()).as("lis %s", command).doesNotContain(TOO_MUCH_OF_THE_TOKEN);
        }
    }

    @Test
    void aTokenPastedIntoADataFileIsReportedAtItsPlaceWithoutBeingEchoed() {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .file("data/risks.json", "{\n  \"risks\": " + TOKEN + "\n}\n");

        for (String command : new String[] {"build", "check"}) {
            LisCommand run = lis(command, "--site", site.dir().toString());
            assertThat(run.err()).as("lis %s", command)
                    .contains("data/risks.json:2:")
                    .contains("Ogiltig JSON: Unrecognized token 'ghp_…': was expecting (JSON String")
                    .doesNotContain(TOO_MUCH_OF_THE_TOKEN);
            assertThat(run.out()).doesNotContain(TOO_MUCH_OF_THE_TOKEN);
        }
        LisCommand json = lis("check", "--site", site.dir().toString(), "--format", "json");
        assertThat(json.out()).contains("\"line\" : 2").doesNotContain(TOO_MUCH_OF_THE_TOKEN);
    }

    @Test
    void configurationLinkedFromOutsideIsRefusedBeforeItIsRead() {
        FixtureSite site = FixtureSite.create(temp)
                .move("jbake.properties", "../utanfor/jbake.properties")
                .link("jbake.properties", "../utanfor/jbake.properties");

        for (String command : new String[] {"build", "check"}) {
            LisCommand run = lis(command, "--site", site.dir().toString());
            assertThat(run.err()).as("lis %s", command).contains("jbake.properties: fel: Symbolisk länk som pekar utanför projektet");
        }
        assertThat(site.output()).doesNotExist();
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
