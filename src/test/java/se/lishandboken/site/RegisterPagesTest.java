package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

class RegisterPagesTest {
    @TempDir
    Path temp;

    private FixtureSite site;

    @BeforeEach
    void createSite() {
        site = FixtureSite.create(temp).withRegister().withRegisterPages();
    }

    private Document page(String path) {
        return Jsoup.parse(site.read(path));
    }

    @Test
    void assetRegisterListsEveryIntranetAssetWithOwnerClassificationAndDueDate() {
        site.build();

        Document register = page("register/tillgangar.html");
        assertThat(register.select("#tillgangar tbody tr")).hasSize(2);
        assertThat(register.select("#tillgangar tbody tr").get(0).select("td").eachText())
                .containsExactly("Enkätverktyget", "Kommunikationschef", "K1 R1 T1", "2025-01-15 (försenad)", "Nej");
        assertThat(register.select("#tillgangar a").first().attr("href")).isEqualTo("../register/tillgangar/T-ENKAT.html");
    }

    @Test
    void csvOpensInSwedishExcel() throws IOException {
        site.build();

        byte[] csv = Files.readAllBytes(site.output().resolve("register/tillgangar.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("\uFEFFId;Namn;Objektägare;Förvaltare;");
        assertThat(text).contains("T-WEBB;Webbplatsen;Kommunikationschef;Systemförvaltare webb;Kommunikation;Publiceringssystem;Webbyrå;Ja;K1 R2 T3;2025-03-01;2027-03-01\r\n");
    }

    @Test
    void csvDefusesSpreadsheetFormulas() {
        assertThat(ExcelCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ExcelCsv.field("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    void assetPageShowsHistoryReviewsMeasuresAndOpenActions() {
        site.build();

        Document asset = page("register/tillgangar/T-WEBB.html");
        assertThat(asset.selectFirst("h1").text()).isEqualTo("Webbplatsen");
        assertThat(asset.select("#klassningar ~ div table tbody tr").eachText())
                .containsExactly("2025-03-01 1 2 3 – KLASSA Informationssäkerhetssamordnare (ISAM)",
                        "2023-03-01 1 2 2 – KLASSA Informationssäkerhetssamordnare (ISAM)");
        assertThat(asset.text()).contains("2025-11-10: utan avvikelse", "Införa tvåfaktorsinloggning", "Klassa om webbplatsen");
        assertThat(asset.select("nav.breadcrumbs li").eachText()).containsExactly("Startsida", "tillgangar", "Webbplatsen");
    }

    @Test
    void assetPageWritesALongDescriptionOnceAndTheSearchIndexOnlyAnExcerpt() throws IOException {
        String word = "Informationsmängd ";
        String description = word.repeat(100_000 / word.length());
        site.replaceInData("assets.json", "Bolagets externa webbplats.", description);

        site.build();

        long page = Files.size(site.output().resolve("register/tillgangar/T-WEBB.html"));
        assertThat(page).isBetween(100_000L, 130_000L);
        Document asset = page("register/tillgangar/T-WEBB.html");
        assertThat(asset.selectFirst("p.lead").text()).isEqualTo(description.strip());
        assertThat(asset.selectFirst("meta[name=description]").attr("content")).hasSizeLessThanOrEqualTo(300).endsWith("…");
        String index = Files.readString(site.output().resolve("search-index.js"), StandardCharsets.UTF_8);
        assertThat(index.length()).isLessThan(description.length() / 10);
    }

    @Test
    void coverageCountsObjectsAndProcessesWithAChartAndATable() {
        site.build();

        Document coverage = page("register/klassning.html");
        assertThat(coverage.select("svg[role=img] title").first().text()).isEqualTo("Andel klassade objekt och processer");
        assertThat(coverage.select("table").first().select("tbody tr").eachText())
                .containsExactly("Objekt (informationstillgångar) 2 2 100 %", "Processer 0 1 0 %");
        assertThat(coverage.select("#forsenade + ul li").text()).contains("Enkätverktyget");
    }

    @Test
    void actionPlanGroupsActionsByYearWithStatus() {
        site.build();

        Document plan = page("register/atgardsplan.html");
        assertThat(plan.select("h2[id^=ar-]").eachText()).containsExactly("Åtgärder 2024", "Åtgärder 2025");
        assertThat(plan.select("#A2024-01").text()).contains("Årlig översyn", "(återkommande)", "Klar");
        assertThat(plan.select("#A2025-01").text()).contains("Pågår", "2027-03-01");
    }

    @Test
    void managementOnlyRecordsAreAbsentFromTheEmployeeSite() throws IOException {
        site.build();

        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain("HEMLIG", "T-STYRELSE", "RSA-02");
            }
        }
        assertThat(site.output().resolve("register/tillgangar/T-STYRELSE.html")).doesNotExist();
    }

    @Test
    void registerPagesShowTheRegisterfortecknignsFieldsAndAgreements() {
        site.build();

        Document records = page("register/registerforteckning.html");
        assertThat(records.select("#R-NYHETSBREV").text()).isEqualTo("Utskick av nyhetsbrev");
        assertThat(records.text()).contains("Ändamål (b)", "Gallring (f)", "Utskicksleverantören AB: avtal undertecknat 2024-02-01");
    }

    @Test
    void dataBlockShowsLiveRegisterDataInAPage() {
        site.page("rutin.adoc", """
                = Rutin

                .Åtgärder 2025
                lis::actions[year=2025]

                lis::assets[owner=agare-a]
                """);

        site.build();

        Document page = page("rutin.html");
        assertThat(page.select("table.data-block caption").eachText()).containsExactly("Åtgärder 2025", "Informationstillgångar ur registret");
        assertThat(page.select("table.data-block").get(0).select("tbody tr").eachText()).containsExactly("Klassa om webbplatsen Kommunikationschef Pågår 2027-03-01");
        assertThat(page.select("table.data-block").get(1).select("tbody td a").eachAttr("href"))
                .containsExactly("register/tillgangar/T-ENKAT.html", "register/tillgangar/T-WEBB.html");
    }

    @Test
    void dataBlockWithAnUnknownRoleFailsAtItsLine() {
        site.page("rutin.adoc", "= Rutin\n\nText.\n\nlis::assets[owner=ingen]\n");

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(failure.problems()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("content/rutin.adoc:5");
            assertThat(problem.message()).isEqualTo("Okänd roll 'ingen' i datablocket.");
        });
    }

    @Test
    void badDataFailsTheBuildBeforeAnythingIsWritten() {
        site.replaceInData("assets.json", "\"owner\": \"agare-a\",\n      \"administrator\"", "\"owner\": \"agare-x\",\n      \"administrator\"");

        assertThat(catchThrowableOfType(BuildFailedException.class, site::build)).isNotNull();
        assertThat(site.output()).doesNotExist();
    }
}
