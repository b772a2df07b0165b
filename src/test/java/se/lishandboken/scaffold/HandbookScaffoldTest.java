package se.lishandboken.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.RepositoryPaths;

/** A new handbook: complete, filled in for its organisation, generic, and never written over anything. */
class HandbookScaffoldTest {
    private static final LocalDate CREATED = LocalDate.of(2027, 3, 15);
    private static final NewHandbook HANDBOOK = new NewHandbook("Exempelkommunens miljöförvaltning", "EMF", "Exempelkommunen",
            "Säkerhetsfunktionen", "sakerhet@exempel.se", "#1f5c3a", "#f2c14e", CREATED);
    private static final NewHandbook WITHOUT_OPTIONALS = new NewHandbook("Bolaget AB", null, null,
            "Informationssäkerhetssamordnare (ISAM)", null, "#2f5379", "#ffbf47", CREATED);
    private static final Path INIT = RepositoryPaths.root().resolve("src/main/resources/lis/init");
    private static final Path SCHEMAS = RepositoryPaths.root().resolve("data/schema");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path temp;

    private Path write(NewHandbook handbook) {
        Path folder = temp.resolve("handbok");
        HandbookScaffold.write(folder, handbook);
        return folder;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void theHandbookHasItsSettingsPagesRegisterCiFilesAndReadme() throws IOException {
        Path folder = write(HANDBOOK);

        assertThat(files(folder)).extracting(Path::toString).contains(
                "jbake.properties", "ui.properties", "README.md", ".gitignore", ".github/workflows/lis.yml", ".gitlab-ci.yml", ".ci/build-lis.sh",
                "content/index.adoc", "content/sok.adoc", "content/anvisning/index.adoc", "content/arshjul.adoc",
                "content/roller/ledning.adoc", "content/roller/informationssakerhetssamordnare.adoc", "content/roller/objektagare.adoc",
                "content/roller/chef.adoc", "content/roller/medarbetare.adoc", "content/roller/dataskyddsombud.adoc",
                "content/rutiner/incidenthantering.adoc", "content/rutiner/behorighetshantering.adoc",
                "content/rutiner/informationsklassning.adoc", "content/rutiner/kontinuitet.adoc",
                "content/granskning/index.adoc", "content/granskning/2027.adoc");
        assertThat(read(folder.resolve(".gitignore")).lines()).contains("output/", ".lis/");
    }

    @Test
    void theLokalAnvisningHasTheUsualChaptersEachWithExampleTextsToReplace() throws IOException {
        Path anvisning = write(HANDBOOK).resolve("content/anvisning");

        List<String> titles = new ArrayList<>();
        for (Path chapter : files(anvisning)) {
            if (!chapter.toString().equals("index.adoc")) {
                String text = read(anvisning.resolve(chapter));
                titles.add(text.lines().findFirst().orElseThrow());
                assertThat(text).as(chapter.toString()).contains("[.exempeltext]\n.Exempeltext – anpassa till verksamheten\n====\n");
            }
        }
        assertThat(titles).containsExactly("= 1. Syfte och omfattning", "= 2. Styrande dokument", "= 3. Roller och ansvar",
                "= 4. Riskbaserat förhållningssätt", "= 5. Informationsklassning", "= 6. Incidenthantering",
                "= 7. Utbildning och medvetenhet", "= 8. Behörigheter och kontinuitet", "= 9. Uppföljning och förbättring");
    }

    @Test
    void everyPageCarriesDocumentControlAndIsDueForReviewAYearAfterItWasMade() throws IOException {
        Path content = write(HANDBOOK).resolve("content");

        for (Path page : files(content)) {
            assertThat(read(content.resolve(page))).as(page.toString())
                    .contains(":owner: Säkerhetsfunktionen\n", ":approved-by:", ":approved-date:", ":doc-version: 0.1\n",
                            ":next-review: 2028-03-15\n");
        }
    }

    @Test
    void theReviewIsADraftForTheYearItWasMadeInWithItsSectionsMarkedForIso27001() throws IOException {
        String review = read(write(HANDBOOK).resolve("content/granskning/2027.adoc"));

        assertThat(review).startsWith("= Ledningens genomgång 2027\n:jbake-type: review\n")
                .contains(":review-year: 2027\n", ":review-date: 2027-03-15\n", ":review-status: utkast\n", "lis::review-plan[]")
                .contains("[#sammanfattning]", "[#atgarder]")
                // the sections that answer the inputs of ISO/IEC 27001 9.3 that only the narrative can answer, and more
                .contains("[#vad-paverkar,iso=9.3.2-b]", "[#budget,iso=9.3.2-c]", "[#utvecklingsomraden,iso=9.3.2-g]")
                // 9.3.3 is answered by the decisions the template writes from data/decisions.json, so the narrative has no such section
                .doesNotContain("[#beslut", "iso=9.3.3");
    }

    @Test
    void theRegisterHasOneStubPerRegisterPageType() throws IOException {
        Path register = write(HANDBOOK).resolve("content/register");

        List<String> types = new ArrayList<>();
        for (Path page : files(register)) {
            Matcher type = Pattern.compile("(?m)^:jbake-type: (\\w+)$").matcher(read(register.resolve(page)));
            if (type.find()) {
                types.add(type.group(1));
            }
        }
        assertThat(types).containsExactlyInAnyOrder("assets", "coverage", "processing", "actions", "findings", "owners");
    }

    @Test
    void everyRegisterFileIsThereWithItsSchemaReferenceAndTheSchemaBesideIt() throws IOException {
        Path data = write(HANDBOOK).resolve("data");

        try (Stream<Path> schemas = Files.list(SCHEMAS)) {
            for (Path schema : schemas.toList()) {
                String name = schema.getFileName().toString();
                assertThat(read(data.resolve("schema").resolve(name))).as(name).isEqualTo(read(schema));
                String file = name.replace(".schema.json", ".json");
                // A seal belongs beside its review, a published review in the output, and a framework catalogue in data/frameworks/, not in data/.
                if (!file.equals("review-seal.json") && !file.equals("review-export.json") && !file.equals("framework.json")) {
                    JsonNode json = JSON.readTree(data.resolve(file).toFile());
                    assertThat(json.path("$schema").asText()).as(file).isEqualTo("./schema/" + name);
                }
            }
        }
        assertThat(JSON.readTree(data.resolve("assets.json").toFile()).path("assets")).isEmpty();
        assertThat(JSON.readTree(data.resolve("cycle.json").toFile()).path("startYear").asInt()).isEqualTo(2027);
    }

    @Test
    void theSettingsAreTheOrganisationsAndEveryKeyIsExplained() throws IOException {
        Path folder = write(HANDBOOK);
        String text = read(folder.resolve("jbake.properties"));
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(folder.resolve("jbake.properties"), StandardCharsets.UTF_8));

        assertThat(properties).containsEntry("lis.organisation.name", "Exempelkommunens miljöförvaltning")
                .containsEntry("lis.organisation.short", "EMF").containsEntry("lis.organisation.parent", "Exempelkommunen")
                .containsEntry("lis.contact.name", "Säkerhetsfunktionen").containsEntry("lis.contact.email", "sakerhet@exempel.se")
                .containsEntry("lis.theme.primary", "#1f5c3a").containsEntry("lis.theme.accent", "#f2c14e");
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).matches("^lis\\.[\\w.-]+=.*")) {
                assertThat(lines.get(index - 1)).as("the comment above %s", lines.get(index)).startsWith("#");
            }
        }
        assertThat(text).contains("(valfri");
    }

    @Test
    void optionalValuesLeftOutAreCommentedKeysAndTheColourIsNeutral() throws IOException {
        Path folder = write(WITHOUT_OPTIONALS);
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(folder.resolve("jbake.properties"), StandardCharsets.UTF_8));

        assertThat(properties).doesNotContainKeys("lis.organisation.short", "lis.organisation.parent", "lis.contact.email")
                .containsEntry("lis.theme.primary", "#2f5379");
        assertThat(read(folder.resolve("jbake.properties"))).contains("#lis.organisation.short=", "#lis.organisation.parent=");
        assertThat(read(folder.resolve("content/index.adoc"))).contains("på Bolaget AB.").doesNotContain("Bolaget AB är en del av");
    }

    @Test
    void nothingIsLeftUnfilledAndNothingNamesTheExampleOrganisation() throws IOException {
        for (NewHandbook handbook : List.of(HANDBOOK, WITHOUT_OPTIONALS)) {
            Path folder = temp.resolve(handbook.organisation().replace(' ', '-'));
            HandbookScaffold.write(folder, handbook);
            for (Path file : files(folder).stream().filter(file -> !file.toString().endsWith(".xlsx")).toList()) {
                assertThat(read(folder.resolve(file))).as(file.toString())
                        .doesNotContainPattern("\\{\\{[?!]?[a-z][a-z.-]*}}")
                        .doesNotContain("SBR", "Stockholm Business Region", "Stockholms stad", "#00558c");
            }
        }
    }

    @Test
    void theOrganisationsOwnWordsAreReadyToFillInForEveryTermOfTheTheme() throws IOException {
        String ui = read(write(HANDBOOK).resolve("ui.properties"));
        Properties theme = new Properties();
        theme.load(Files.newBufferedReader(RepositoryPaths.root().resolve("src/main/resources/lis/theme/ui.properties"),
                StandardCharsets.UTF_8));
        Properties own = new Properties();
        own.load(new java.io.StringReader(ui));

        assertThat(own).as("every term is left to the theme until the ISAM writes it").isEmpty();
        assertThat(theme.stringPropertyNames()).filteredOn(key -> key.startsWith("term.")).isNotEmpty()
                .allSatisfy(term -> assertThat(ui).contains("#" + term + "=" + theme.getProperty(term) + "\n"));
    }

    @Test
    void everyFileOfTheScaffoldIsListedInItsManifest() throws IOException {
        String manifest = read(INIT.resolve("files.txt"));

        try (Stream<Path> files = Files.walk(INIT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String resource = INIT.relativize(file).toString().replace('\\', '/');
                if (!resource.equals("files.txt")) {
                    assertThat(manifest).as("files.txt lists %s", resource).containsPattern("(?m)^" + Pattern.quote(resource) + " ");
                }
            }
        }
    }

    @Test
    void bothPipelinesBuildTheToolFromItsPinnedTagThenCheckBuildAndPublish() throws IOException {
        Path folder = write(HANDBOOK);
        JsonNode github = YAML.readTree(folder.resolve(".github/workflows/lis.yml").toFile());
        JsonNode gitlab = YAML.readTree(folder.resolve(".gitlab-ci.yml").toFile());

        List<String> githubRuns = new ArrayList<>();
        github.path("jobs").forEach(job -> job.path("steps").forEach(step -> githubRuns.add(step.path("run").asText())));
        assertThat(githubRuns).contains("sh .ci/build-lis.sh", ".lis/bin/lis check", ".lis/bin/lis build",
                ".lis/bin/lis publish --to publicerat --keep 10");
        assertThat(github.path("jobs").path("publish").path("if").asText()).contains("refs/heads/main");
        assertThat(github.path("env").path("LIS_TOOL_REF").asText()).contains("vars.LIS_TOOL_REF");

        List<String> gitlabLines = new ArrayList<>();
        for (String job : List.of("check", "publish", "pages")) {
            gitlab.path(job).path("before_script").forEach(line -> gitlabLines.add(line.asText()));
            gitlab.path(job).path("script").forEach(line -> gitlabLines.add(line.asText()));
        }
        assertThat(gitlabLines).contains("sh .ci/build-lis.sh", ".lis/bin/lis check", ".lis/bin/lis build",
                ".lis/bin/lis publish --to publicerat --keep 10");

        String build = read(folder.resolve(".ci/build-lis.sh"));
        assertThat(build).contains("--branch \"$LIS_TOOL_REF\" \"$LIS_TOOL_REPO\"", "-s .ci/maven-settings.xml");
        assertThat(read(folder.resolve(".ci/maven-settings.xml"))).contains("<mirrorOf>*</mirrorOf>", "${env.LIS_MAVEN_REPO}");
    }

    @Test
    void aFolderWithAnythingInItIsRefusedAndLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("handbok"));
        Files.writeString(folder.resolve("anteckningar.txt"), "Mina anteckningar.");

        BuildFailedException refused = catchThrowableOfType(BuildFailedException.class, () -> HandbookScaffold.write(folder, HANDBOOK));

        assertThat(refused.problems()).extracting(Problem::message).containsExactly(
                "Mappen " + folder + " finns redan och är inte tom; lis init skriver aldrig över något.");
        assertThat(files(folder)).containsExactly(Path.of("anteckningar.txt"));
        assertThat(read(folder.resolve("anteckningar.txt"))).isEqualTo("Mina anteckningar.");
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedWithWhatToDo() throws IOException {
        Path file = Files.writeString(temp.resolve("en-fil"), "En fil.");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class,
                () -> HandbookScaffold.write(file.resolve("handbok"), HANDBOOK));

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("Filen " + file.resolve("handbok").resolve("jbake.properties") + " kunde inte skrivas");
            assertThat(problem.hint()).contains("går att skriva i");
        });
        assertThat(read(file)).isEqualTo("En fil.");
    }

    @Test
    void aFileIsRefusedAndAnEmptyFolderIsWrittenInto() throws IOException {
        Path file = Files.writeString(temp.resolve("handbok"), "En fil.");
        assertThat(catchThrowableOfType(BuildFailedException.class, () -> HandbookScaffold.write(file, HANDBOOK)).problems())
                .extracting(Problem::message).singleElement().asString().contains("är en fil, inte en mapp");
        assertThat(read(file)).isEqualTo("En fil.");

        Path empty = Files.createDirectories(temp.resolve("tom"));
        assertThat(HandbookScaffold.write(empty, HANDBOOK)).contains(Path.of("jbake.properties"));
    }
}
