package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.testsupport.FixtureSite;

/** The accessibility statement (tillganglighet) against DIGG's list, and what it may claim. The build's day is 2026-11-28. */
class AccessibilityStatementPageTest {
    private static final String CLEAN = """
            {"date": "%s",
             "axe": {"version": "4.10.2", "tags": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"], "widths": [1280, 360],
                     "pages": 12, "violations": [%s]},
             "nu": {"version": "26.5.2", "pages": 40, "errors": []},
             "pdf": {"version": "1.30.2", "files": 3, "errors": []}}
            """;

    @TempDir
    Path temp;

    private FixtureSite site;

    @BeforeEach
    void createSite() {
        site = FixtureSite.create(temp);
        site.page("om/tillganglighet.adoc", """
                = Tillgänglighetsredogörelse
                :jbake-type: tillganglighet
                :nav-exclude:

                Handboken ska gå att läsa med skärmläsare.
                """);
        site.page("rutiner/en-rutin.adoc", "= En rutin\n\nText.\n");
    }

    private Document statement() {
        BuildResult result = site.build();
        assertThat(result.warnings()).noneMatch(p -> p.message().contains("tillgänglighetsgranskningen"));
        return Jsoup.parse(site.read("om/tillganglighet.html"));
    }

    private static String part(Document page, String name) {
        Element part = page.selectFirst("[data-a11y=" + name + "]");
        assertThat(part).as("the statement's part %s", name).isNotNull();
        return part.text();
    }

    @Test
    void theStatementHasEveryElementOfDiggsListAndIsFullyCompliantOnlyAfterACleanRecentEvaluation() {
        site.file("data/accessibility/results.json", CLEAN.formatted("2026-06-01", ""));
        // Clean automated results alone are not enough: the tools test only part of WCAG.
        assertThat(part(statement(), "compliance")).contains("delvis förenlig");
        site.file("jbake.properties", FixtureSite.PROPERTIES + "lis.accessibility.manual-evaluation=2026-05-20\n");

        Document page = statement();

        assertThat(part(page, "actor")).contains("Testbolaget AB", "Testhandboken", "2018:1937");
        assertThat(part(page, "scope")).contains("ledningens genomgångar", "PDF");
        assertThat(part(page, "compliance")).contains("helt förenlig");
        assertThat(part(page, "inaccessible")).contains("inga brister");
        assertThat(part(page, "burden")).contains("oskäligt betungande");
        assertThat(part(page, "outside")).contains("undantaget från lagen");
        assertThat(part(page, "method")).contains("2026-06-01", "axe-core 4.10.2", "1280 och 360", "wcag21aa",
                "Nu HTML Checker 26.5.2", "40 sidor", "veraPDF 1.30.2", "PDF/UA-1");
        assertThat(part(page, "updated")).contains("2026-11-28");
        assertThat(page.selectFirst("[data-a11y=feedback] a").attr("href")).isEqualTo("mailto:test@example.se");
        assertThat(part(page, "oversight")).contains("DIGG", "www.digg.se/tdosanmalan");
        assertThat(page.select("[data-a11y=oversight] a")).as("DIGG's form is named as text, not fetched or linked").isEmpty();
        assertThat(page.text()).contains("Handboken ska gå att läsa med skärmläsare.");
    }

    @Test
    void withoutAResultsFileItSaysNoEvaluationIsRecordedAndClaimsOnlyPartialCompliance() {
        Document page = statement();

        assertThat(page.selectFirst("[data-compliance]").attr("data-compliance")).isEqualTo("PARTIAL");
        assertThat(part(page, "compliance")).contains("delvis förenlig").doesNotContain("helt");
        assertThat(part(page, "assessed")).contains("Ingen granskning");
        assertThat(part(page, "inaccessible")).contains("har inte granskats");
    }

    @Test
    void anEvaluationOlderThanTwelveMonthsIsNamedButNotCounted() {
        site.file("data/accessibility/results.json", CLEAN.formatted("2025-10-01", ""));

        Document page = statement();

        assertThat(page.selectFirst("[data-compliance]").attr("data-compliance")).isEqualTo("PARTIAL");
        assertThat(part(page, "assessed")).contains("senast den 2025-10-01", "äldre än 12 månader");
        assertThat(part(page, "method")).doesNotContain("axe-core 4.10.2");
    }

    @Test
    void anEvaluationWithoutThePdfCheckDoesNotCoverTheReviewPdfsAndStaysPartial() {
        site.file("data/accessibility/results.json", CLEAN.formatted("2026-06-01", "")
                .replace(",\n \"pdf\": {\"version\": \"1.30.2\", \"files\": 3, \"errors\": []}", ""));

        Document page = statement();

        assertThat(page.selectFirst("[data-compliance]").attr("data-compliance")).isEqualTo("PARTIAL");
        assertThat(part(page, "method")).contains("PDF:er finns inte registrerad");
    }

    @Test
    void openViolationsAreListedAndMakeItPartial() {
        site.file("data/accessibility/results.json", CLEAN.formatted("2026-06-01", "\"360px index.html: color-contrast\""));

        Document page = statement();

        assertThat(page.selectFirst("[data-compliance]").attr("data-compliance")).isEqualTo("PARTIAL");
        assertThat(page.select("[data-a11y=inaccessible] li").eachText()).containsExactly("360px index.html: color-contrast");
    }

    @Test
    void contentTheConfigurationKnowsIsInaccessibleKeepsItPartialAfterACleanEvaluation() {
        site.file("jbake.properties", FixtureSite.PROPERTIES + """
                lis.accessibility.inaccessible.1=Årshjulets bild saknar en textbeskrivning.
                lis.accessibility.burden.1=Gamla skannade protokoll.
                lis.accessibility.outside.1=Inspelade filmer publicerade före den 23 september 2020.
                lis.accessibility.feedback=https://intranat.example.se/synpunkter
                """);
        site.file("data/accessibility/results.json", CLEAN.formatted("2026-06-01", ""));

        Document page = statement();

        assertThat(page.selectFirst("[data-compliance]").attr("data-compliance")).isEqualTo("PARTIAL");
        assertThat(page.select("[data-a11y=inaccessible] li").eachText()).containsExactly("Årshjulets bild saknar en textbeskrivning.");
        assertThat(page.select("[data-a11y=burden] li").eachText()).containsExactly("Gamla skannade protokoll.");
        assertThat(page.select("[data-a11y=outside] li").eachText()).hasSize(1);
        assertThat(page.selectFirst("[data-a11y=feedback] a").attr("href")).isEqualTo("https://intranat.example.se/synpunkter");
    }

    @Test
    void everyPageFooterLinksToTheStatementWhereverItIs() {
        site.build();

        assertThat(Jsoup.parse(site.read("index.html")).select("footer a[href=om/tillganglighet.html]")).hasSize(1);
        assertThat(Jsoup.parse(site.read("rutiner/en-rutin.html")).select("footer a[href=../om/tillganglighet.html]")).hasSize(1);
        assertThat(Jsoup.parse(site.read("om/tillganglighet.html")).select("footer a[href=../om/tillganglighet.html]")).hasSize(1);
    }

    @Test
    void aSiteWithoutAStatementHasNoFooterLink() {
        FixtureSite bare = FixtureSite.create(temp.resolve("bare"));
        bare.build();

        assertThat(Jsoup.parse(bare.read("index.html")).select("footer a")).noneMatch(a -> a.text().contains("Tillgänglighet"));
    }

    @Test
    void anUnreadableResultsFileIsAWarningAndTheStatementSaysNoEvaluationIsRecorded() {
        site.file("data/accessibility/results.json", "{\"date\": \"2026-06-01\", \"axe\": ");

        BuildResult result = site.build();

        assertThat(result.warnings()).anyMatch(p -> p.message().startsWith("Resultatet av tillgänglighetsgranskningen"));
        assertThat(Jsoup.parse(site.read("om/tillganglighet.html")).selectFirst("[data-a11y=assessed]").text()).contains("Ingen granskning");
    }
}
