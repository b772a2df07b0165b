package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.ExampleSite;

/** The example's Statement of Applicability: its page, its CSV and what the reviews show of it. */
class StatementOfApplicabilityTest {

    private static Document parse(String page) {
        return Jsoup.parse(ExampleSite.read(page));
    }

    @Test
    void everyControlHasARowWithAnAnchorItsStatusAndLinksToTheSectionsThatImplementIt() {
        Document soa = parse("register/tillamplighet.html");

        assertThat(soa.select("#kontroller tbody tr")).hasSize(93);
        Element accessRights = soa.getElementById("kontroll-5-18");
        assertThat(accessRights).isNotNull();
        assertThat(accessRights.text()).contains("5.18", "Access rights", "Införd");
        assertThat(accessRights.select("a").eachAttr("href")).contains("../rutiner/behorighetsrevision.html#genomforande");
        assertThat(soa.getElementById("kontroll-8-4").text()).contains("Inte tillämplig", "källkod");
        assertThat(soa.select(".soa-summary").text()).contains("93 kontroller", "4 inte tillämpliga");
    }

    @Test
    void theFilterNarrowsByStatusAndThemeOnTheValuesTheRowsCarry() {
        Document soa = parse("register/tillamplighet.html");

        java.util.List<String> statuses = soa.select("#filter-kontroller-status option").eachAttr("value");
        assertThat(statuses).containsExactly("", "implemented", "partly", "planned", "not-applicable");
        assertThat(soa.select("label[for=filter-kontroller-status]").text()).isEqualTo("Status");
        assertThat(soa.select("#filter-kontroller-tema option").eachAttr("value")).contains("", "Organizational", "Technological");
        assertThat(soa.select("#kontroller tbody tr").eachAttr("data-status")).hasSize(93).allSatisfy(status -> assertThat(statuses).contains(status));
        assertThat(soa.getElementById("kontroll-8-4").attr("data-status")).isEqualTo("not-applicable");
        assertThat(soa.getElementById("kontroll-5-18").attr("data-theme")).isEqualTo("Organizational");
    }

    @Test
    void theStatementDownloadsAsACsvForExcel() throws IOException {
        String csv = Files.readString(ExampleSite.output().resolve("register/tillamplighet.csv"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFRamverk;Kontroll;Rubrik");
        assertThat(csv.lines()).hasSize(94);
        assertThat(csv).contains(";5.15;Access control;Ja;Införd;");
    }

    @Test
    void theDraftReviewShowsTheStatusAsOfItsDateAndTheSealedReviewsShowNone() {
        String draft = parse("granskning/2026.html").text();
        assertThat(draft).contains("Kontroller införda (av 93 i uttalandet om tillämplighet) 78 69 +9",
                "Se uttalandet om tillämplighet");
        assertThat(parse("granskning/2025.html").text()).doesNotContain("Kontroller införda");
        assertThat(ExampleSite.build().warnings()).extracting(Problem::toString)
                .noneSatisfy(warning -> assertThat(warning).contains("sigill", "soa"))
                .noneSatisfy(warning -> assertThat(warning).contains("data/controls.json"));
    }
}
