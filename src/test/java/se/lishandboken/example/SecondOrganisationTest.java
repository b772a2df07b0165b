package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.pipeline.ReviewSealing;
import se.lishandboken.pipeline.SiteBuild;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.RepositoryPaths;

/**
 * A second, fictional organisation (src/test/resources/sites/andra-org), built end to end: Norrvattnet
 * Miljöförvaltning, with its own roles, a K/R/T scale from 0 to 3, reclassification every 24 months,
 * its own colours, and management reviews held in November. The figures asserted here follow from
 * its data files; the comments say which records make them.
 */
class SecondOrganisationTest {
    private static final Path SOURCE = RepositoryPaths.root().resolve("src/test/resources/sites/andra-org");
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    /** The example organisation's names, which nothing in this site may show. */
    private static final List<String> EXAMPLE_NAMES = List.of("Stockholm Business Region", "SBR", "Stockholms stad");

    private static final String ASSETS = "Klassade informationsmängder (informationstillgångar)";
    private static final String PROCESSES = "Klassade processer";
    private static final String AGREEMENTS = "Undertecknade PUB-avtal";
    private static final String RECORDS = "Tillgångar med personuppgifter som finns i registerförteckningen";
    private static final String ACCESS = "Tillgångar med behörighetsrevision under perioden";
    private static final String ELEARNING = "Genomförd e-utbildning, helår";
    private static final String INCIDENTS = "Incidenter, helår";
    private static final String OVERDUE = "Försenade omklassningar";
    private static final String PAGES = "Handbokssidor som passerat sin översyn";

    @TempDir
    static Path work;
    private static Path output;
    private static BuildResult result;
    private static BuildFailedException failure;

    @BeforeAll
    static void buildTheSecondOrganisationsSite() {
        Path site = work.resolve("site");
        FixtureSite.copyTree(SOURCE, site);
        output = work.resolve("output");
        try {
            result = SiteBuild.run(new BuildRequest(site, output, "test", NOW));
        } catch (BuildFailedException e) {
            failure = e;
        }
    }

    @Test
    void theSiteBuildsWithOnlyTheWarningForItsOverduePage() {
        assertBuilt();
        assertThat(result.pages()).isGreaterThan(25);
        // rutiner/incidenter.adoc was due for review on 2025-10-31; nothing else is wrong.
        assertThat(result.warnings()).extracting(Problem::file).containsExactly(Path.of("content/rutiner/incidenter.adoc"));
        assertThat(output.resolve("granskning/2024.pdf")).isRegularFile();
        assertThat(output.resolve("granskning/2025.pdf")).isRegularFile();
    }

    @Test
    void the2024ReviewReportsThe2023FiguresForItsStatedPeriod() {
        Document review = page("granskning/2024.html");
        assertThat(review.getElementById("nyckeltal").text()).isEqualTo("5 Nyckeltal 2023, per 2024-11-20");
        // :review-period: 2023-11-16/2024-11-20, compared with the period of the same length just before it.
        assertThat(intro(review))
                .startsWith("Genomgången redovisar perioden 2023-11-16 – 2024-11-20. "
                        + "Läget räknas ur registret som det var den 2024-11-20 och jämförs med förra perioden (")
                .contains("– 2023-11-15). E-utbildning och incidenter gäller 2023, det senaste hela året i perioden.");
        assertThat(review.selectFirst("#nyckeltal ~ div.table-scroll table").select("thead th").eachText())
                .containsExactly("Mått", "Per 2024-11-20", "Förra perioden, per 2023-11-15", "Förändring");
    }

    @Test
    void eachReviewAnswersEveryIsoInputInSectionsOfItsOwnMarkedWithIso() {
        for (String year : List.of("2024", "2025")) {
            Document review = page("granskning/" + year + ".html");
            List<Element> rows = review.select("#iso-27001 ~ div tbody tr");
            assertThat(rows).as(year).hasSize(11);
            assertThat(rows).as(year).noneSatisfy(row -> assertThat(row.text()).contains("Saknas i texten"));
            Map<String, String> answers = new LinkedHashMap<>();
            rows.forEach(row -> answers.put(row.child(0).text(), row.child(2).text() + " " + row.select("a").attr("href")));
            // [#omvarld,iso="9.3.2-b 9.3.2-c"]: one section answers two inputs.
            assertThat(answers).as(year).containsEntry("9.3.2 b)", "2.1 Vad påverkar NMF:s arbete #omvarld")
                    .containsEntry("9.3.2 c)", "2.1 Vad påverkar NMF:s arbete #omvarld")
                    .containsEntry("9.3.2 d) 3)", "2.1.2 Resultatet från revisioner #revisionen")
                    .containsEntry("9.3.2 e)", "2.1.3 Dataskyddsombudets rekommendationer #dataskyddsombudet")
                    .containsEntry("9.3.2 g)", "3 Utvecklingsområden #forbattringar")
                    .containsEntry("9.3.3", "Beslut #ledningens-beslut")
                    .containsEntry("9.3.2 f)", "8 Riskbehandling #risker");
        }
    }

    @Test
    void the2024ReviewLeavesOutWhatEnteredTheRegisterOrWasSignedAfterItsDate() {
        Map<String, List<String>> figures = figures(page("granskning/2024.html"));
        // The e-service (recorded 2025-01-20) and the well portal (2025-08-25) are not counted; the map
        // service (recorded 2024-02-05) is, unclassified until 2025-02-11.
        assertThat(figures.get(ASSETS)).containsExactly("3 av 4 (75 %)", "3 av 3 (100 %)", "-25 procentenheter");
        // P-TILLSYN classified 2024-06-03; P-PROVTAGNING only 2025-09-09; P-RADGIVNING recorded 2025-08-25.
        assertThat(figures.get(PROCESSES)).containsExactly("1 av 3 (33 %)", "0 av 3 (0 %)", "+33 procentenheter");
        // Signed 2024-04-15 counts; signed 2025-01-10 does not; the records of 2025 are not there at all.
        assertThat(figures.get(AGREEMENTS)).containsExactly("1 av 3 (33 %)", "0 av 3 (0 %)", "+33 procentenheter");
        // The map service names R-VATTENSKYDD, which entered the register only on 2025-03-04.
        assertThat(figures.get(RECORDS)).containsExactly("2 av 3 (67 %)", "2 av 2 (100 %)", "-33 procentenheter");
        assertThat(figures.get(ACCESS)).containsExactly("2 av 4 (50 %)", "2 av 3 (67 %)", "-17 procentenheter");
        assertThat(figures.get(ELEARNING)).containsExactly("2023: 74 av 87 (85 %)", "Uppgift saknas", "–");
        assertThat(figures.get(INCIDENTS)).containsExactly("2023: 7 incidenter, 6 rapporterade i Serviceportalen, 5 uppföljda", "Uppgift saknas", "–");
        // The lab database (every 12 months, due 2024-02-01) and the case system (due 2023-09-01).
        assertThat(figures.get(OVERDUE)).first().isEqualTo("2");
        assertThat(figures.get(PAGES)).first().isEqualTo("0");
    }

    @Test
    void the2024ReviewShowsThePlanRisksAndFindingsAsTheyStoodThen() {
        Document review = page("granskning/2024.html");
        assertThat(review.select("h3[id^=plan-]").eachText())
                .containsExactly("4.1 Under 2024 ska NMF", "4.2 Under 2025 ska NMF", "4.3 Under 2026 ska NMF");
        assertThat(review.select("#plan-2024 + .table-scroll td:first-child")).hasSize(4);
        // The continuity exercise (first status 2025-01-20) and the portal's classification (recorded 2025-09-01) came later.
        assertThat(review.select("#plan-2025 + .table-scroll td:first-child").eachText()).containsExactly("Klassa processen Provtagning och analys av dricksvatten");
        assertThat(review.select("#plan-2026 + .table-scroll td:first-child").eachText()).containsExactly("Införa tvåfaktorsinloggning i tillsynsregistret");
        assertThat(review.getElementById("iakttagelser").nextElementSibling().text()).isEqualTo("2 öppna och 0 stängda vid genomgången.");
        String risks = review.getElementById("risker").nextElementSibling().text();
        assertThat(risks).contains("Laboratoriet kan inte lämna provsvar vid ett långvarigt IT-avbrott – 3 × 3 = 9 (bedömd 2024-04-15)")
                .doesNotContain("Översvämning");
        // The annual cycle was established on 2025-06-01.
        assertThat(review.getElementById("arshjulet")).isNull();
    }

    @Test
    void the2025ReviewReportsThe2024FiguresSinceThePreviousReview() {
        Document review = page("granskning/2025.html");
        assertThat(review.getElementById("nyckeltal").text()).isEqualTo("5 Nyckeltal 2024, per 2025-11-19");
        assertThat(intro(review)).isEqualTo("Genomgången redovisar perioden 2024-11-21 – 2025-11-19. "
                + "Läget räknas ur registret som det var den 2025-11-19 och jämförs med förra perioden (2023-11-16 – 2024-11-20). "
                + "E-utbildning och incidenter gäller 2024, det senaste hela året i perioden.");
        Map<String, List<String>> figures = figures(review);
        assertThat(figures.get(ASSETS)).containsExactly("5 av 6 (83 %)", "3 av 4 (75 %)", "+8 procentenheter");
        assertThat(figures.get(PROCESSES)).containsExactly("2 av 4 (50 %)", "1 av 3 (33 %)", "+17 procentenheter");
        assertThat(figures.get(AGREEMENTS)).containsExactly("4 av 5 (80 %)", "1 av 3 (33 %)", "+47 procentenheter");
        assertThat(figures.get(RECORDS)).containsExactly("4 av 5 (80 %)", "2 av 3 (67 %)", "+13 procentenheter");
        assertThat(figures.get(ACCESS)).containsExactly("2 av 6 (33 %)", "2 av 4 (50 %)", "-17 procentenheter");
        assertThat(figures.get(ELEARNING)).containsExactly("2024: 85 av 90 (94 %)", "2023: 74 av 87 (85 %)", "+9 procentenheter");
        assertThat(figures.get(INCIDENTS)).containsExactly("2024: 9 incidenter, 9 rapporterade i Serviceportalen, 9 uppföljda",
                "2023: 7 incidenter, 6 rapporterade i Serviceportalen, 5 uppföljda", "–");
        // Tillsynsregistret, classified 2023-10-02, was due on 2025-10-02.
        assertThat(figures.get(OVERDUE)).first().isEqualTo("1");
        assertThat(figures.get(PAGES)).first().isEqualTo("1");
    }

    @Test
    void the2025ReviewComparesWithExactlyWhatThe2024ReviewShowed() {
        Map<String, List<String>> before = figures(page("granskning/2025.html"));
        Map<String, List<String>> then = figures(page("granskning/2024.html"));
        for (String measure : List.of(ASSETS, PROCESSES, AGREEMENTS, RECORDS, ACCESS)) {
            assertThat(before.get(measure).get(1)).as(measure).isEqualTo(then.get(measure).get(0));
        }
    }

    @Test
    void the2025ReviewCarriesOverThePostponedActionAndShowsTheNewAssessment() {
        Document review = page("granskning/2025.html");
        assertThat(review.select("#forra-arets-atgarder + ul > li")).hasSize(5);
        assertThat(review.select("#forra-arets-atgarder + ul + p").text())
                .isEqualTo("1 av föregående års åtgärder var inte klara vid genomgången och följer med till planen.");
        assertThat(review.select("#plan-2025 + .table-scroll td:first-child").eachText()).containsExactly(
                "Klassa processen Provtagning och analys av dricksvatten", "Öva laboratoriets kontinuitetsplan vid långvarigt IT-avbrott");
        assertThat(review.select("#plan-2026 + .table-scroll td:first-child").eachText()).contains("Klassa provsvarsportalen");
        assertThat(review.select("#plan-2027 + .table-scroll td:first-child").eachText())
                .containsExactly("Ställ krav på informationssäkerhet i upphandlingen av nytt laboratoriesystem");
        assertThat(review.getElementById("iakttagelser").nextElementSibling().text()).isEqualTo("1 öppna och 2 stängda vid genomgången.");
        String risks = review.getElementById("risker").nextElementSibling().text();
        // RSA-NMF-01 has two dated assessments; the review shows the one of 2025-04-22.
        assertThat(risks).contains("Laboratoriet kan inte lämna provsvar vid ett långvarigt IT-avbrott – 2 × 3 = 6 (bedömd 2025-04-22)",
                "Översvämning i serverrummet i källaren – 1 × 3 = 3 (bedömd 2025-04-22); Accepteras");
        Element accessReviews = review.select("#arshjulet ~ div.table-scroll tbody tr").stream()
                .filter(row -> row.text().startsWith("Behörighetsrevision")).findFirst().orElseThrow();
        assertThat(accessReviews.select("td").last().text()).isEqualTo("Delvis: 2 av 6 (33 %)");
    }

    @Test
    void bothReviewsAreListedNewestFirstAndMarkedAsDrafts() {
        assertThat(page("granskning/index.html").select(".review-list a").eachText())
                .containsExactly("Ledningens genomgång 2025", "Ledningens genomgång 2024");
        for (String review : List.of("granskning/2024.html", "granskning/2025.html")) {
            assertThat(page(review).select(".overdue[role=note] strong").text()).as(review).isEqualTo("Utkast.");
        }
    }

    @Test
    void theAssetRegisterUsesTheOrganisationsOwnScaleAndInterval() {
        Document register = page("register/tillgangar.html");
        assertThat(register.selectFirst("p.legend").text()).isEqualTo("Klassning: K = Konfidentialitet, R = Riktighet, "
                + "T = Tillgänglighet. Nivåerna: 0 = Ingen skada, 1 = Begränsad skada, 2 = Allvarlig skada, 3 = Mycket allvarlig skada.");
        Element mapService = register.select("#tillgangar tbody tr").stream()
                .filter(row -> row.text().startsWith("Karttjänst för vattenskyddsområden")).findFirst().orElseThrow();
        // Level 0 is a level, and the default interval is 24 months: classified 2025-02-11, due 2027-02-11.
        assertThat(mapService.select("td").eachText()).containsSubsequence("K0 R2 T1", "2027-02-11");
        Document asset = page("register/tillgangar/NMF-VATTENKARTA.html");
        assertThat(asset.select("abbr[title]").eachAttr("title")).containsExactly("Konfidentialitet", "Riktighet", "Tillgänglighet");
        assertThat(register.text() + asset.text()).doesNotContain("Spårbarhet", "Måttlig skada");
    }

    @Test
    void noPageOrPdfNamesTheExampleOrganisation() {
        List<String> found = new ArrayList<>();
        for (Path file : outputFiles()) {
            String name = file.getFileName().toString();
            String text = name.endsWith(".pdf") ? pdfText(file) : isText(name) ? read(file) : null;
            if (text == null) {
                continue;
            }
            if (name.endsWith(".html") || name.endsWith(".pdf")) {
                assertThat(text).as(output.relativize(file).toString()).contains("Norrvattnet Miljöförvaltning");
            }
            EXAMPLE_NAMES.stream().filter(text::contains).forEach(example -> found.add(output.relativize(file) + ": " + example));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void itsRegisterIsItsOwnSoNoPageOrPdfCallsItExampleData() {
        assertBuilt();
        for (Path file : outputFiles()) {
            String name = file.getFileName().toString();
            String text = name.endsWith(".pdf") ? pdfText(file) : name.endsWith(".html") ? read(file) : null;
            if (text != null) {
                assertThat(text).as(output.relativize(file).toString()).doesNotContain("Exempeldata");
            }
        }
        assertThat(read(output.resolve("granskning/2024.html"))).contains("Ledningens genomgång 2024");
    }

    @Test
    void noPageStylesheetOrScriptCarriesTheExampleColours() throws IOException {
        List<String> exampleColours = exampleThemeColours();
        assertThat(exampleColours).contains("#00558c", "#ffbf47");
        assertThat(read(output.resolve("css/theme.css"))).contains("--lis-primary: #1f5c3a;", "--lis-accent: #f2c14e;");
        List<String> found = new ArrayList<>();
        for (Path file : outputFiles()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".js") || name.endsWith(".svg")) {
                String text = read(file).toLowerCase(Locale.ROOT);
                exampleColours.stream().filter(text::contains).forEach(colour -> found.add(output.relativize(file) + ": " + colour));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theOrganisationsOwnTermsReplaceTheDefaultWordsOnEveryPage() {
        assertThat(page("register/tillgangar.html").select("th").eachText()).contains("Informationsägare");
        assertThat(page("register/klassning.html").text()).contains("Per informationsägare", "Informationsmängder och processer");
        assertThat(page("granskning/2025.html").text()).contains("rapporterade i Serviceportalen");
        assertThat(page("arshjul.html").text()).contains("I Teams: Kalender");
        List<String> found = new ArrayList<>();
        for (Path file : outputFiles()) {
            if (file.getFileName().toString().endsWith(".html")) {
                String text = Jsoup.parse(read(file)).text();
                Stream.of("Objektägare", "objektägare", "rapporterade i IA", "Outlook")
                        .filter(text::contains).forEach(word -> found.add(output.relativize(file) + ": " + word));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theSearchFormOnEveryPageLeadsToTheSearchPageWhereTheSiteKeepsIt() {
        assertThat(page("index.html").selectFirst("form[role=search]").attr("action")).isEqualTo("hjalp/sok.html");
        assertThat(page("register/tillgangar.html").selectFirst("form[role=search]").attr("action")).isEqualTo("../hjalp/sok.html");
        assertThat(output.resolve("sok.html")).doesNotExist();
    }

    @Test
    void theReviewPdfsTitlePageCarriesTheLogoAndDiarienummer() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve("granskning/2025.pdf").toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf).replaceAll("\\s+", " ")).contains("Norrvattnet Miljöförvaltning", "NMF 2025/0412");
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the logo, embedded").isNotEmpty();
        }
    }

    @Test
    void everyPageLinksToTheAccessibilityStatementWhichClaimsNoEvaluationItHasNotHad() {
        assertThat(page("index.html").select("footer a[href=tillganglighet.html]")).isNotEmpty();
        assertThat(page("register/tillgangar.html").select("footer a[href=../tillganglighet.html]")).isNotEmpty();
        Document statement = page("tillganglighet.html");
        assertThat(statement.text()).contains("Norrvattnet Miljöförvaltning", "delvis förenlig").doesNotContain("helt förenlig");
    }

    @Test
    void risksAreShownOnTheOrganisationsFiveStepScale() {
        Document findings = page("register/iakttagelser-och-risker.html");
        assertThat(findings.text()).contains("en skala från 1 till 5. Högsta möjliga nivå är 25.");
        // RSA-NMF-03 was reassessed in 2026 on the five-step scale
        assertThat(findings.select("tr:contains(Översvämning i serverrummet)").text()).contains("2 × 5 = 10");
    }

    @Test
    void everyPageHasNoErrorsInTheNuHtmlChecker() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> errors = new ArrayList<>();
        List<Path> pages = outputFiles().stream().filter(file -> file.getFileName().toString().endsWith(".html")).toList();
        for (Path page : pages) {
            for (com.fasterxml.jackson.databind.JsonNode message : json.readTree(validator.validate(page)).path("messages")) {
                if (message.path("type").asText().equals("error")) {
                    errors.add(output.relativize(page) + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asText());
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(20);
        assertThat(errors).isEmpty();
    }

    @Test
    void axeFindsNoWcag21AaViolationsOnAnyKindOfPage(@TempDir Path profile) {
        List<String> pages = List.of("index.html", "hjalp/sok.html", "anvisning/index.html", "register/tillgangar.html",
                "register/klassning.html", "register/registerforteckning.html", "register/atgardsplan.html",
                "register/iakttagelser-och-risker.html", "register/mina-tillgangar.html", "arshjul.html",
                "granskning/index.html", "granskning/2025.html");
        assertBuilt();
        org.openqa.selenium.chrome.ChromeDriver driver = se.lishandboken.testsupport.Browser.start(profile);
        List<String> violations = new ArrayList<>();
        try {
            for (String page : pages) {
                driver.get(output.resolve(page).toUri() + (page.endsWith("sok.html") ? "?q=incident" : ""));
                com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
                results.getViolations().forEach(rule -> violations.add(page + ": " + rule.getId() + " " + rule.getHelp()));
            }
        } finally {
            driver.quit();
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void approvingAndSealingThe2024ReviewKeepsItsFiguresThroughALaterCorrection() throws IOException {
        Path site = work.resolve("sealed");
        FixtureSite.copyTree(work.resolve("site"), site);
        Path page = site.resolve("content/granskning/2024.adoc");
        Files.writeString(page, read(page).replace(":review-status: utkast", ":review-status: fastställd"), StandardCharsets.UTF_8);
        Path sealedOutput = work.resolve("sealed-output");

        Path seal = ReviewSealing.run(new BuildRequest(site, sealedOutput, "test", NOW), 2024);
        assertThat(seal).isEqualTo(site.resolve("content/granskning/2024.review.json"));
        SiteBuild.run(new BuildRequest(site, sealedOutput, "test", NOW));
        Document sealed = Jsoup.parse(read(sealedOutput.resolve("granskning/2024.html")));
        assertThat(figures(sealed)).isEqualTo(figures(page("granskning/2024.html")));

        // The map service turns out to have been recorded a year later, after the review: the sealed
        // review keeps its figures, and the build names the ones the register would now give.
        Path assets = site.resolve("data/assets.json");
        Files.writeString(assets, read(assets).replace("\"recorded\": \"2024-02-05\"", "\"recorded\": \"2025-02-05\""),
                StandardCharsets.UTF_8);
        BuildResult corrected = SiteBuild.run(new BuildRequest(site, sealedOutput, "test", NOW));
        assertThat(figures(Jsoup.parse(read(sealedOutput.resolve("granskning/2024.html"))))).isEqualTo(figures(sealed));
        assertThat(corrected.warnings()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("Genomgången 2024 visas ur sitt sigill", "/assetsClassified/total: 4 → 3"));
    }

    private static void assertBuilt() {
        assertThat(failure == null ? List.of() : failure.problems().stream().map(Problem::toString).toList())
                .as("problems that stopped the build").isEmpty();
    }

    private static Document page(String path) {
        assertBuilt();
        return Jsoup.parse(read(output.resolve(path)));
    }

    /** The sentence under the figures' heading. */
    private static String intro(Document review) {
        return review.getElementById("nyckeltal").nextElementSibling().text();
    }

    /** The review's table of figures: each measure with its cells (now, the previous period, the change). */
    private static Map<String, List<String>> figures(Document review) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element row : review.selectFirst("#nyckeltal ~ div.table-scroll table").select("tbody tr")) {
            rows.put(row.selectFirst("th").text(), row.select("td").eachText());
        }
        return rows;
    }

    /** Every #rrggbb of the example site's lis.theme.* keys, lower case. */
    private static List<String> exampleThemeColours() throws IOException {
        Properties example = new Properties();
        try (Reader in = Files.newBufferedReader(RepositoryPaths.root().resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            example.load(in);
        }
        List<String> colours = new ArrayList<>();
        for (String key : example.stringPropertyNames()) {
            if (key.startsWith("lis.theme.")) {
                Matcher colour = Pattern.compile("#[0-9a-fA-F]{6}").matcher(example.getProperty(key));
                while (colour.find()) {
                    colours.add(colour.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return colours;
    }

    private static List<Path> outputFiles() {
        assertBuilt();
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(String name) {
        return Stream.of(".html", ".css", ".js", ".json", ".csv", ".ics", ".svg", ".txt").anyMatch(name::endsWith);
    }

    private static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
