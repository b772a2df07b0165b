package se.lishandboken.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.lishandboken.export.ExportReader;
import se.lishandboken.export.ExportedReview;
import se.lishandboken.testsupport.ExampleSite;
import se.lishandboken.testsupport.LisCommand;
import se.lishandboken.testsupport.PdfValidation;
import se.lishandboken.testsupport.RepositoryPaths;

/**
 * {@code lis rollup} over SBR's published reviews (from the example build), three fictional
 * organisations, one with broken files and one whose folder is missing.
 */
class RollupTest {
    private static final Path FIXTURES = RepositoryPaths.root().resolve("src/test/resources/rollup");

    @TempDir
    static Path work;
    private static Path output;
    private static LisCommand lis;
    private static int exit;

    @BeforeAll
    static void rollUp() throws Exception {
        Path sbr = ExampleSite.output();
        Path config = work.resolve("rollup.properties");
        Files.writeString(config, String.join("\n",
                "rollup.title=Informationssäkerhet i staden (exempel)",
                "rollup.org.sbr=" + sbr,
                "rollup.org.fkf=" + FIXTURES.resolve("fkf"),
                "rollup.org.ehab=" + FIXTURES.resolve("ehab"),
                "rollup.org.pin=" + FIXTURES.resolve("pin"),
                "rollup.org.trasig=" + FIXTURES.resolve("trasig"),
                "rollup.org.saknad=finns-inte") + "\n", StandardCharsets.UTF_8);
        output = work.resolve("sammanstallning");
        lis = new LisCommand();
        exit = lis.run("rollup", "-c", config.toString(), "-o", output.toString());
    }

    private static Document page(String uri) throws Exception {
        return Jsoup.parse(output.resolve(uri).toFile(), "UTF-8");
    }

    @Test
    void eachBuildPublishesItsReviewsAsDataThatFollowsTheSchema() {
        Path file = ExampleSite.output().resolve("granskning/2024.data.json");
        ExportReader.Result read = ExportReader.read(file, Path.of("granskning/2024.data.json"));
        assertThat(read.problems()).isEmpty();
        ExportedReview review = read.review();
        assertThat(review.organisation().shortName()).isEqualTo("SBR");
        assertThat(review.organisation().parent()).isEqualTo("Stockholms stad");
        assertThat(review.status()).isEqualTo("fastställd");
        assertThat(review.sealed()).isTrue();
        assertThat(review.figures().assetsClassified().part()).isEqualTo(19);
        assertThat(review.tool()).startsWith("LIS-handboken");
        assertThat(review.soa() == null || review.soa().path("total").isInt()).as("soa is null or the statement's figures").isTrue();
        assertThat(ExampleSite.output().resolve("granskning/2024.review.json")).doesNotExist();
    }

    @Test
    void aFailedOrganisationIsReportedAndTheOthersAreStillShown() throws Exception {
        assertThat(exit).as(lis.err()).isEqualTo(2);
        assertThat(lis.err()).contains("trasig/2023.data.json#/format", "formatversion 0")
                .contains("trasig/2024.data.json#/figures/agreementsSigned").contains("finns-inte");
        assertThat(lis.out()).contains("6 organisationer", "2 med fel");

        Document summary = page("index.html");
        assertThat(summary.select("#fel + p + ul li").eachText())
                .anySatisfy(item -> assertThat(item).startsWith("saknad").contains("finns inte"))
                .anySatisfy(item -> assertThat(item).startsWith("trasig").contains("formatversion 0"));
        assertThat(page("org/trasig.html").select("#fel ~ ul li").text()).contains("formatversion 0", "följer inte schemat");
    }

    @Test
    void theHeatMapHasOneRowPerOrganisationWithItsLevelInWords() throws Exception {
        Document summary = page("index.html");
        List<String> organisations = summary.select("#varmekarta-tabell tbody th").eachText();
        assertThat(organisations).containsExactly("EHAB", "FKF", "PIN", "saknad", "SBR", "trasig");
        String ehab = summary.select("#varmekarta-tabell tbody tr:has(a[href=org/ehab.html])").text();
        assertThat(ehab).contains("2024", "94 % (33 av 35) hög", "100 % (3 av 3) hög", "86 % (30 av 35) hög", "6 av 8 klara");
        String pin = summary.select("#varmekarta-tabell tbody tr:has(a[href=org/pin.html])").text();
        assertThat(pin).contains("8 % (5 av 60) låg", "– saknas", "25 % (20 av 80) låg");
        assertThat(summary.select("td.heat--low .heat__word").eachText()).containsOnly("låg");
    }

    @Test
    void everyReviewIsARowThatSaysWhichReviewAndToolItCameFrom() throws Exception {
        List<String> rows = page("index.html").select("#alla-tabell tbody tr").eachText();
        assertThat(rows).hasSize(2 + 2 + 1 + ExampleSite.output().resolve("granskning").toFile().list((d, n) -> n.endsWith(".data.json")).length);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("FKF 2023").contains("2023, fastställd 2023-03-15 (sigill), LIS-handboken 0.1.0"));
    }

    @Test
    void anOrganisationsPageShowsItsTrendAndLinksToItsPublishedReview() throws Exception {
        Document fkf = page("org/fkf.html");
        assertThat(fkf.select(".trend-text li").eachText()).containsExactly(
                "2023: klassade tillgångar 30 %, PUB-avtal 53 %, behörighetsrevision –, utbildning 71 %.",
                "2024: klassade tillgångar 60 %, PUB-avtal 80 %, behörighetsrevision 25 %, utbildning 91 %.");
        Document sbr = page("org/sbr.html");
        // SBR's data names where its site is published; the fictional organisations publish no pages.
        assertThat(sbr.select("a:contains(Läs genomgången 2024)").attr("href")).isEqualTo("https://intranat.example.se/lis/granskning/2024.html");
        assertThat(fkf.select("tbody tr").eachText()).allSatisfy(row -> assertThat(row).endsWith("ej publicerad"));
    }

    @Test
    void everyPageIsNuCleanAndLoadsNothingFromAnotherHost() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                JsonNode report = json.readTree(validator.validate(file));
                for (JsonNode message : report.path("messages")) {
                    if (message.path("type").asText().equals("error")) {
                        errors.add(file.getFileName() + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asText());
                    }
                }
                assertThat(Jsoup.parse(file.toFile()).select("script[src], link[href]").eachAttr("abs:href"))
                        .noneMatch(url -> url.startsWith("http"));
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void theSummaryPdfIsPdfAAndPdfUa() throws Exception {
        Path pdf = output.resolve(Rollup.PDF);
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void axeFindsNoWcag21AaViolationsAndTheTablesSort() {
        org.openqa.selenium.chrome.ChromeDriver driver = se.lishandboken.testsupport.Browser.start(work.resolve("profil"));
        try {
            List<String> violations = new ArrayList<>();
            for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1280, 900),
                    new org.openqa.selenium.Dimension(360, 740))) {
                driver.manage().window().setSize(size);
                for (String page : List.of("index.html", "org/fkf.html", "org/trasig.html")) {
                    driver.get(output.resolve(page).toUri().toString());
                    var results = new com.deque.html.axecore.selenium.AxeBuilder()
                            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
                    results.getViolations().forEach(rule -> violations.add(size.width + "px " + page + ": " + rule.getId()
                            + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList()));
                }
            }
            assertThat(violations).isEmpty();
            driver.get(output.resolve("index.html").toUri().toString());
            var organisation = driver.findElements(org.openqa.selenium.By.cssSelector("#varmekarta-tabell thead .sort-button")).get(0);
            organisation.click();
            organisation.click();
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#varmekarta-tabell tbody th")).get(0).getText())
                    .isEqualTo("trasig");
        } finally {
            driver.quit();
        }
    }

    @Test
    void aConfigurationWithErrorsWritesNothing() throws Exception {
        Path config = work.resolve("utan-rubrik.properties");
        Files.writeString(config, "rollup.org.fkf=" + FIXTURES.resolve("fkf") + "\n");
        LisCommand failing = new LisCommand();
        Path target = work.resolve("ingen");
        assertThat(failing.run("rollup", "-c", config.toString(), "-o", target.toString())).isEqualTo(2);
        assertThat(failing.err()).contains("utan-rubrik.properties", "rollup.title");
        assertThat(target).doesNotExist();
    }
}
