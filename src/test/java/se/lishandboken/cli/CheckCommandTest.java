package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.LisCommand;
import se.lishandboken.testsupport.FixtureSite;

/** lis check: every kind of source error found without a build, in text and as JSON for editors and CI. */
class CheckCommandTest {
    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();

    private int lis(String... args) {
        return command.run(args);
    }

    @Test
    void aCleanSiteIsOkAndNothingIsWritten() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .page("rutiner/a.adoc", "= Rutin A\n\n[#steg]\n== Steg ett\n\nSe xref:b.adoc#2-1-vad-påverkar-sbr-budget-2024[B] och <<steg>>.\n")
                .page("rutiner/b.adoc", "= Rutin B\n\n== 2.1 Vad påverkar SBR: budget (2024)\n\ninclude::partials/text.adoc[]\n")
                .file("partials/text.adoc", "Inkluderad text.\n")
                .file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                // A past review is an archived record: its old review date is not a warning, in the build or here.
                .page("granskning/2020.adoc", "= Ledningens genomgång 2020\n:jbake-type: review\n:review-year: 2020\n"
                        + ":review-date: 2020-02-27\n:review-status: utkast\n:next-review: 2021-02-28\n\n"
                        + "[iso=\"9.3.2-b 9.3.2-c 9.3.2-g 9.3.3\"]\n== Sammanfattning\n\nKlart.\n");

        assertThat(lis("check", "--site", site.dir().toString(), "--format", "json")).isEqualTo(ExitCodes.OK);

        JsonNode result = new ObjectMapper().readTree(command.out());
        assertThat(result.path("ok").asBoolean()).isTrue();
        // The build's one warning for these pages: the ordinary ones lack document control.
        assertThat(result.path("problems")).allSatisfy(problem -> assertThat(problem.path("message").asText())
                .startsWith("Sidan saknar dokumentstyrning"));
        assertThat(site.output()).doesNotExist();
        // The full build, with Asciidoctor, agrees: the same xref, section id and include pass.
        site.build();
        assertThat(site.read("rutiner/b.html")).contains("id=\"2-1-vad-påverkar-sbr-budget-2024\"");
    }

    @Test
    void errorsComeFirstThenEachFileInOrderAndAHintIsGivenOnce() {
        FixtureSite site = FixtureSite.create(temp)
                .page("rutiner/b.adoc", "= Rutin B\n\nText.\n")
                .page("rutiner/a.adoc", "= Rutin A\n\nText.\n")
                .page("rutiner/c.adoc", "= Rutin C\n:nav-order: tre\n\nText.\n");

        assertThat(lis("check", "--site", site.dir().toString())).isEqualTo(ExitCodes.INVALID_INPUT);

        List<String> lines = command.err().lines().toList();
        List<String> problems = lines.stream().filter(line -> !line.startsWith("    ") && line.contains(": ")).toList();
        assertThat(problems.get(0)).startsWith("content/rutiner/c.adoc:2: fel:");
        assertThat(problems).filteredOn(line -> line.contains("varning: Sidan saknar dokumentstyrning"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("content/index.adoc", "content/rutiner/a.adoc", "content/rutiner/b.adoc", "content/rutiner/c.adoc");
        assertThat(lines).filteredOn(line -> line.contains("Lägg till attributen i sidans huvud")).hasSize(1);
    }

    @Test
    void everySourceErrorIsReportedWithFileLineAndWhatToDo() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .page("rutiner/a.adoc", """
                        = Rutin A
                        :jbake-type: rutin
                        :next-review: 2026-13-01

                        Se xref:finns-inte.adoc[sidan], xref:b.adoc#saknas[avsnittet] och <<inget-id>>.

                        include::saknad.adoc[]

                        include::../hemlig.txt[]
                        """)
                .page("rutiner/b.adoc", "= Rutin B\n\nText.\n")
                .page("rutiner/utan-titel.adoc", "Bara text.\n")
                .replaceInData("assets.json", "\"owner\": \"agare-a\"", "\"owner\": \"okand-roll\"");

        assertThat(lis("check", "--site", site.dir().toString(), "--format", "json")).isEqualTo(ExitCodes.INVALID_INPUT);

        JsonNode result = new ObjectMapper().readTree(command.out());
        assertThat(result.path("ok").asBoolean()).isFalse();
        List<String> found = new ArrayList<>();
        result.path("problems").forEach(problem -> found.add(problem.path("file").asText() + ":" + problem.path("line").asText()
                + " " + problem.path("message").asText()));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:2 Okänd sidtyp 'rutin'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:3 :next-review: '2026-13-01'"))
                // Links are named as the build names them: as the HTML links to the pages' addresses.
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasig länk: 'finns-inte.html'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasigt ankare: 'b.html#saknas'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasigt ankare: '#inget-id'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:7 include:: hittar inte filen saknad.adoc"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:9 include:: försöker läsa en fil utanför"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/utan-titel.adoc:1 Sidan saknar titel"))
                .anySatisfy(p -> assertThat(p).startsWith("data/assets.json:").contains("Okänd roll 'okand-roll'"));
        assertThat(result.path("problems").get(0).path("hint").asText()).isNotBlank();
    }

    @Test
    void theTextFormatPrintsFileAndLineLikeACompilerAndExitsNonZero() {
        FixtureSite site = FixtureSite.create(temp).page("rutiner/a.adoc", "= Rutin A\n\nSe xref:finns-inte.adoc[sidan].\n");

        assertThat(lis("check", "--site", site.dir().toString())).isEqualTo(ExitCodes.INVALID_INPUT);

        assertThat(command.err()).contains("content/rutiner/a.adoc:3: fel: Trasig länk: 'finns-inte.html'", "Kontrollen hittade 1 fel.");
    }

    @Test
    void aDateAfterTodaySaysWhenTodayCameFromSourceDateEpoch() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister();
        Path log = temp.resolve("check.log");
        ProcessBuilder check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lis.class.getName(), "check", "--site", site.dir().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        check.environment().put("SOURCE_DATE_EPOCH", "1717200000"); // 2024-06-01, before the register's 2024-10-30

        assertThat(check.start().waitFor()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(java.nio.file.Files.readString(log))
                .contains("Datumet 2024-10-30 ligger i framtiden: i dag är det 2024-06-01 enligt miljövariabeln SOURCE_DATE_EPOCH.")
                .contains("rätta SOURCE_DATE_EPOCH=1717200000");
    }
}
