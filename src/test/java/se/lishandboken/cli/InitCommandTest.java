package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.lishandboken.testsupport.LisCommand;

/** lis init: a new handbook that lis build and lis check pass at once, with warnings that say what to fill in. */
class InitCommandTest {
    @TempDir
    Path temp;

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The warnings printed, each as {@code file:line message}. */
    private static Set<String> warnings(String printed) {
        Set<String> warnings = new TreeSet<>();
        printed.lines().filter(line -> line.contains(": varning: "))
                .forEach(line -> warnings.add(line.replace(": varning: ", " ")));
        return warnings;
    }

    @Test
    void aNewHandbookBuildsAndChecksAtOnceWarningOnlyOfItsExampleTexts() throws IOException {
        Path handbook = temp.resolve("handbok");
        LisCommand init = new LisCommand();
        assertThat(init.run("init", handbook.toString(), "--name", "Norrviks kommun", "--short", "NK",
                "--parent", "Norrvikens kommunförbund", "--email", "informationssakerhet@norrvik.example")).isZero();
        assertThat(init.out()).startsWith("Klart: en ny handbok i " + handbook);

        LisCommand build = new LisCommand();
        int built = build.run("build", "--site", handbook.toString());
        LisCommand check = new LisCommand();
        int checked = check.run("check", "--site", handbook.toString());

        assertThat(built).as("lis build printed:%n%s", build.err()).isZero();
        assertThat(checked).as("lis check printed:%n%s", check.err()).isZero();
        Path output = handbook.resolve("output");
        Path review;
        try (Stream<Path> reviews = Files.list(handbook.resolve("content/granskning"))) {
            review = reviews.filter(file -> file.getFileName().toString().matches("\\d{4}\\.adoc")).findFirst().orElseThrow();
        }
        String year = review.getFileName().toString().substring(0, 4);
        assertThat(output.resolve("index.html")).isRegularFile();
        assertThat(output.resolve("sok.html")).isRegularFile();
        assertThat(output.resolve("granskning/" + year + ".html")).isRegularFile();
        assertThat(output.resolve("granskning/" + year + ".pdf")).isRegularFile();
        assertThat(output.resolve("arshjul.html")).isRegularFile();
        for (String page : List.of("tillgangar", "mina-tillgangar", "klassning", "registerforteckning", "atgardsplan", "iakttagelser-och-risker")) {
            assertThat(output.resolve("register/" + page + ".html")).isRegularFile();
        }
        assertThat(read(output.resolve("index.html"))).contains("Norrviks kommun", "Norrvikens kommunförbund",
                "informationssakerhet@norrvik.example");
        assertThat(read(output.resolve("granskning/" + year + ".html"))).contains("Ledningens genomgång " + year, "Utkast");

        Set<String> warnings = warnings(build.err());
        assertThat(warnings).as("lis check's warnings, against lis build's").isEqualTo(warnings(check.err()));
        // What to fill in: the example texts, who approved each page and when, once it is approved, and the review's decisions.
        assertThat(warnings).allSatisfy(warning -> assertThat(warning).matches(
                "content/\\S+\\.adoc:\\d+ (Sidan har \\d+ exempelte(xt|xter) som ska ersättas eller tas bort\\."
                        + "|Sidans dokumentstyrning saknar :approved-by:, :approved-date:\\."
                        + "|Genomgången \\d{4} har inga beslut i data/decisions\\.json ännu\\.)"));
        assertThat(warnings).contains("content/granskning/" + year + ".adoc:7 Genomgången " + year + " har inga beslut i data/decisions.json ännu.");
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .startsWith("content/granskning/" + year + ".adoc:").contains("exempeltexter"));
        assertThat(warnings).anySatisfy(warning -> assertThat(warning).startsWith("content/rutiner/incidenthantering.adoc:"));
        assertThat(build.err()).contains("[.exempeltext]"); // the hint says what to replace

        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|js|json|ics|csv|css)$")).toList()) {
                assertThat(read(file)).as(output.relativize(file).toString())
                        .doesNotContain("SBR", "Stockholm Business Region", "Stockholms stad", "#00558c");
            }
        }
    }

    @Test
    void aNewHandbookHasARegisterWorkbookToFillInThatImportsBackAsItIs() throws IOException {
        Path handbook = temp.resolve("handbok");
        assertThat(new LisCommand().run("init", handbook.toString(), "--name", "Norrviks kommun")).isZero();
        assertThat(read(handbook.resolve(".gitignore"))).contains("*.xlsx");

        LisCommand imported = new LisCommand();
        assertThat(imported.run("import", "--site", handbook.toString(), handbook.resolve("register.xlsx").toString()))
                .as(imported.err()).isZero();
        assertThat(imported.out()).contains("Arbetsboken ändrar inget i data-mappen; inga filer skrevs.");
    }

    @Test
    void aFolderWithAnythingInItIsRefusedWithAMessageAndNothingIsWritten() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("handbok"));
        Files.writeString(folder.resolve("jbake.properties"), "lis.organisation.name=Den gamla\n");
        LisCommand lis = new LisCommand();

        assertThat(lis.run("init", folder.toString(), "--name", "Norrviks kommun")).isEqualTo(ExitCodes.INVALID_INPUT);

        assertThat(lis.err()).contains("fel: Mappen " + folder + " finns redan och är inte tom; lis init skriver aldrig över något.",
                "Ange en mapp som inte finns än", "Ingen handbok skrevs: 1 fel.");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("jbake.properties"));
        }
        assertThat(read(folder.resolve("jbake.properties"))).isEqualTo("lis.organisation.name=Den gamla\n");
    }

    @Test
    void badColoursAndAddressesAreReportedAllAtOnceAndNothingIsWritten() {
        Path folder = temp.resolve("handbok");
        LisCommand lis = new LisCommand();

        int exit = lis.run("init", folder.toString(), "--name", "Norrviks kommun", "--primary", "#ffff00", "--accent", "gul",
                "--email", "inte-en-adress");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(lis.err()).contains(
                "fel: --primary: #ffff00 har kontrasten 1.1:1 mot #ffffff; minst 4,5:1 krävs (WCAG 2.1 AA).",
                "Välj en färg med högre kontrast mot #ffffff.",
                "fel: --accent: 'gul' är ingen färg.", "Skriv den som #rrggbb, t.ex. #ffbf47.",
                "fel: --email: 'inte-en-adress' är ingen e-postadress.",
                "Ingen handbok skrevs: 3 fel.");
        assertThat(folder).doesNotExist();
    }

    @Test
    void withoutAConsoleAMissingNameIsACommandLineError() {
        Path folder = temp.resolve("handbok");
        LisCommand lis = new LisCommand();

        assertThat(lis.run("init", folder.toString())).isEqualTo(ExitCodes.USAGE);

        assertThat(lis.err()).startsWith("Organisationens namn saknas: ange det med --name \"Organisationens namn\"");
        assertThat(folder).doesNotExist();
    }

    /** Answers questions from a list, and keeps what it was asked and told. */
    private static final class ScriptedPrompt implements Prompt {
        private final Deque<String> answers;
        private final List<String> asked = new ArrayList<>();
        private final List<String> told = new ArrayList<>();

        ScriptedPrompt(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String ask(String question) {
            asked.add(question);
            return answers.poll();
        }

        @Override
        public void tell(String message) {
            told.add(message);
        }
    }

    @Test
    void atAConsoleItAsksForWhatTheFlagsLeftOutAndAgainForAnAnswerItCannotUse() throws IOException {
        Path folder = temp.resolve("handbok");
        // name (first empty, then given), short, parent, contact (default), e-mail, primary (bad, then good), accent (default)
        ScriptedPrompt prompt = new ScriptedPrompt("", "Norrviks kommun", "NK", "", "", "isam@norrvik.example", "#eeeeee", "#1f5c3a", "");
        CommandLine lis = Lis.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        InitCommand init = lis.getSubcommands().get("init").getCommand();
        init.prompt = prompt;

        assertThat(lis.execute("init", folder.toString())).isZero();

        assertThat(prompt.asked).hasSize(9).first().asString().startsWith("Organisationens fullständiga namn (krävs)");
        assertThat(prompt.asked).anySatisfy(question -> assertThat(question).contains("[Informationssäkerhetssamordnare (ISAM)]"));
        assertThat(prompt.told).singleElement().asString().contains("#eeeeee har kontrasten");
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(folder.resolve("jbake.properties"), StandardCharsets.UTF_8));
        assertThat(properties).containsEntry("lis.organisation.name", "Norrviks kommun").containsEntry("lis.organisation.short", "NK")
                .doesNotContainKey("lis.organisation.parent").containsEntry("lis.contact.name", InitCommand.DEFAULT_CONTACT)
                .containsEntry("lis.contact.email", "isam@norrvik.example").containsEntry("lis.theme.primary", "#1f5c3a")
                .containsEntry("lis.theme.accent", "#ffbf47");
    }
}
