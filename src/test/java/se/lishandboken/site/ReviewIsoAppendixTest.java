package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.cli.ExitCodes;
import se.lishandboken.review.ReviewSection;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/**
 * A management review says which of its sections answers each input of ISO/IEC 27001:2022 9.3 with
 * {@code iso=}; the appendix links each input to that section by its number and title, and lis build and
 * lis check report a mark that is wrong, an input nothing answers and a section that takes the template's id.
 */
class ReviewIsoAppendixTest {
    private static final String HEADER = """
            = Ledningens genomgång 2025
            :jbake-type: review
            :review-year: 2025
            :review-date: 2025-02-26
            :review-status: %s

            """;
    /** A review written by another organisation than the example's, with its own section ids. */
    private static final String MARKED = """
            [#sammanfattning]
            == 1 Sammanfattning

            Text.

            == 2 Läget

            [#omvarld,iso=9.3.2-b]
            === 2.1 Omvärld

            Text.

            [#budget,iso="9.3.2-c 9.3.2-e"]
            === 2.2 Budget

            Text.

            [#framat]
            == 3 Åtgärder

            lis::review-plan[]
            """;

    @TempDir
    Path temp;

    private FixtureSite review(String status, String narrative) {
        return FixtureSite.create(temp).withRegister()
                .file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                .page("granskning/2025.adoc", HEADER.formatted(status) + narrative);
    }

    /** Runs {@code lis build} or {@code lis check} on the site; returns what it printed to standard error, after its exit code. */
    private static String lis(String command, FixtureSite site, int exit) {
        LisCommand lis = new LisCommand();
        assertThat(lis.run(command, "--site", site.dir().toString())).as("lis %s printed:%n%s", command, lis.err()).isEqualTo(exit);
        return lis.err();
    }

    /** The appendix's "Besvaras i" cell of the row for {@code clause}. */
    private static Element answer(Document review, String clause) {
        return review.select("#iso-27001 ~ div tbody tr").stream().filter(row -> row.child(0).text().equals(clause))
                .findFirst().orElseThrow().child(2);
    }

    @Test
    void theAppendixLinksEachInputToTheNumberAndTitleOfTheSectionMarkedForIt() {
        FixtureSite site = review("utkast", MARKED);

        assertThat(lis("build", site, ExitCodes.OK)).doesNotContain("iso=");
        Document review = Jsoup.parse(site.read("granskning/2025.html"));

        assertThat(answer(review, "9.3.2 b)").select("a").attr("href")).isEqualTo("#omvarld");
        assertThat(answer(review, "9.3.2 b)").text()).isEqualTo("2.1 Omvärld");
        assertThat(answer(review, "9.3.2 c)").select("a").attr("href")).isEqualTo("#budget");
        assertThat(answer(review, "9.3.2 c)").text()).isEqualTo("2.2 Budget");
        // A marked section takes precedence over the template's findings, which answer e) by default.
        assertThat(answer(review, "9.3.2 e)").text()).isEqualTo("2.2 Budget");
        // The plan's section answers g) by default, and the decisions from data/decisions.json answer 9.3.3.
        assertThat(answer(review, "9.3.2 g)").select("a").attr("href")).isEqualTo("#framat");
        assertThat(answer(review, "9.3.3").select("a").attr("href")).isEqualTo("#beslut");
        assertThat(answer(review, "9.3.3").text()).isEqualTo("8 Beslut");
        assertThat(review.select("#iso-27001 ~ div tbody").text()).doesNotContain("Saknas i texten");
    }

    @Test
    void theTemplatesSectionsAreNumberedOnFromTheNarrativeAndLinkedByThatNumber() {
        FixtureSite site = review("utkast", MARKED);

        lis("build", site, ExitCodes.OK);
        Document review = Jsoup.parse(site.read("granskning/2025.html"));

        assertThat(review.getElementById("nyckeltal").text()).startsWith("4 Nyckeltal");
        assertThat(review.getElementById("forra-arets-atgarder").text()).isEqualTo("5 Status för åtgärderna planerade för 2024");
        assertThat(answer(review, "9.3.2 d) 2)").select("a").attr("href")).isEqualTo("#nyckeltal");
        assertThat(answer(review, "9.3.2 d) 2)").text()).isEqualTo(review.getElementById("nyckeltal").text());
        assertThat(answer(review, "9.3.2 a)").text()).isEqualTo("5 Status för åtgärderna planerade för 2024");
        assertThat(answer(review, "9.3.2 f)").select("a").attr("href")).isEqualTo("#risker");
        assertThat(review.select(".page-toc a").eachText()).contains("4 Nyckeltal 2024, per 2025-02-26", "7 Riskbehandling");
        // The appendix is not numbered.
        assertThat(review.getElementById("iso-27001").text()).isEqualTo("Bilaga: Indata enligt ISO/IEC 27001:2022 9.3");
    }

    @Test
    void everyIdTheReviewPageGetsBesidesTheNarrativesAndTheLayoutsIsReserved() {
        FixtureSite site = review("utkast", MARKED);

        lis("build", site, ExitCodes.OK);
        List<String> layout = Jsoup.parse(site.read("index.html")).select("[id]").eachAttr("id");
        List<String> narrative = List.of("sammanfattning", "2-läget", "omvarld", "budget", "framat");

        assertThat(Jsoup.parse(site.read("granskning/2025.html")).select("[id]").eachAttr("id"))
                .filteredOn(id -> !layout.contains(id) && !narrative.contains(id))
                .contains("nyckeltal", "plan", "plan-2025")
                .allSatisfy(id -> assertThat(ReviewSection.withId(id)).as(id).isPresent());
    }

    @Test
    void anUnknownCodeIsAnErrorAtItsFileAndLineInBuildAndCheck() {
        FixtureSite site = review("utkast", MARKED.replace("iso=9.3.2-b", "iso=9.3.2-h"));

        for (String command : List.of("build", "check")) {
            assertThat(lis(command, site, ExitCodes.INVALID_INPUT)).as(command)
                    .contains("content/granskning/2025.adoc:15: fel: Okänd punkt '9.3.2-h' i iso=.")
                    .contains("9.3.2-a, 9.3.2-b, 9.3.2-c, 9.3.2-d1");
        }
    }

    @Test
    void anInputNothingAnswersIsAWarningOnADraftReview() {
        FixtureSite site = review("utkast", MARKED.replace("[#omvarld,iso=9.3.2-b]", "[#omvarld]"));

        for (String command : List.of("build", "check")) {
            assertThat(lis(command, site, ExitCodes.OK)).as(command)
                    .contains("content/granskning/2025.adoc:1: varning: Inget avsnitt besvarar ISO/IEC 27001:2022 9.3.2 b) (iso=9.3.2-b).")
                    .contains("Markera avsnittet som tar upp punkten med iso=");
        }
        Document review = Jsoup.parse(site.read("granskning/2025.html"));
        assertThat(answer(review, "9.3.2 b)").text()).isEqualTo("Saknas i texten – markera avsnittet som besvarar punkten med iso=9.3.2-b");
    }

    @Test
    void anInputNothingAnswersIsAnErrorOnAnApprovedReview() {
        FixtureSite site = review("fastställd", MARKED.replace("[#omvarld,iso=9.3.2-b]", "[#omvarld]"));

        for (String command : List.of("build", "check")) {
            assertThat(lis(command, site, ExitCodes.INVALID_INPUT)).as(command)
                    .contains("content/granskning/2025.adoc:1: fel: Inget avsnitt besvarar ISO/IEC 27001:2022 9.3.2 b) (iso=9.3.2-b).");
        }
    }

    @Test
    void aNarrativeSectionWithAnIdOfTheTemplatesOwnSectionsIsAnError() {
        FixtureSite site = review("utkast", MARKED + "\n[#risker]\n== 4 Våra risker\n\nText.\n\n== Iakttagelser\n\nText.\n");

        for (String command : List.of("build", "check")) {
            assertThat(lis(command, site, ExitCodes.INVALID_INPUT)).as(command)
                    .contains("content/granskning/2025.adoc:30: fel: Avsnittet '4 Våra risker' har id:t 'risker'")
                    .contains("content/granskning/2025.adoc:34: fel: Avsnittet 'Iakttagelser' har id:t 'iakttagelser'")
                    .contains("[#risker-i-texten]");
        }
    }
}
