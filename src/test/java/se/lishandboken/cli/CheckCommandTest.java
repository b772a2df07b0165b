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
                .page("rutiner/a.adoc", "= Rutin A\n\n[#steg]\n== Steg ett\n\nSe xref:b.adoc#_2_1_vad_påverkar_sbr[B] och <<steg>>.\n")
                .page("rutiner/b.adoc", "= Rutin B\n\n== 2.1 Vad påverkar SBR\n\ninclude::partials/text.adoc[]\n")
                .file("partials/text.adoc", "Inkluderad text.\n");

        assertThat(lis("check", "--site", site.dir().toString(), "--format", "json")).isEqualTo(ExitCodes.OK);

        JsonNode result = new ObjectMapper().readTree(command.out());
        assertThat(result.path("ok").asBoolean()).isTrue();
        assertThat(result.path("problems")).isEmpty();
        assertThat(site.output()).doesNotExist();
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
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasig länk: 'finns-inte.adoc'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasigt ankare: 'b.adoc#saknas'"))
                .anySatisfy(p -> assertThat(p).startsWith("content/rutiner/a.adoc:5 Trasigt ankare: 'inget-id'"))
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

        assertThat(command.err()).contains("content/rutiner/a.adoc:3: fel: Trasig länk: 'finns-inte.adoc'", "Kontrollen hittade 1 fel.");
    }
}
