package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.AccessibilityRecord;
import se.lishandboken.testsupport.ExampleSite;
import se.lishandboken.testsupport.RepositoryPaths;

/** Quality gates on every page of the repository's example site. */
class ExampleSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageHasNoErrorsInTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (String page : ExampleSite.pages()) {
            JsonNode report = JSON.readTree(validator.validate(ExampleSite.output().resolve(page)));
            for (JsonNode message : report.path("messages")) {
                if (message.path("type").asText().equals("error")) {
                    errors.add(page + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asText());
                }
            }
        }
        AccessibilityRecord.nu(EmbeddedValidator.class.getPackage().getImplementationVersion(), ExampleSite.pages().size(), errors);
        assertThat(ExampleSite.pages()).hasSizeGreaterThan(30);
        assertThat(errors).isEmpty();
    }

    @Test
    void everyPageFooterLinksToTheAccessibilityStatement() throws IOException {
        for (String page : ExampleSite.pages()) {
            org.jsoup.nodes.Element link = parse(page).selectFirst("footer a:contains(Tillgänglighetsredogörelse)");
            assertThat(link).as(page).isNotNull();
            Path target = ExampleSite.output().resolve(page).resolveSibling(link.attr("href")).normalize();
            assertThat(target).as(page).isEqualTo(ExampleSite.output().resolve("tillganglighet.html").normalize());
        }
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() throws IOException {
        List<String> external = new ArrayList<>();
        for (String page : ExampleSite.pages()) {
            Document document = parse(page);
            for (Element element : document.select("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src]")) {
                String url = element.hasAttr("src") ? element.attr("src") : element.hasAttr("href") ? element.attr("href") : element.attr("data");
                if (url.matches("(?i)^(https?:)?//.*")) {
                    external.add(page + ": " + element.outerHtml());
                }
            }
        }
        assertThat(external).isEmpty();
    }

    @Test
    void everyPageCarriesARestrictiveContentSecurityPolicy() throws IOException {
        for (String page : ExampleSite.pages()) {
            Element csp = parse(page).selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(page).isNotNull();
            assertThat(csp.attr("content")).as(page)
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        }
    }

    @Test
    void everyHandbookPageShowsItsDocumentControl() throws IOException {
        for (String page : ExampleSite.pages()) {
            if (page.equals("sok.html") || page.equals("nytt.html") || page.startsWith("register/tillgangar/")
                    || page.startsWith("arshjul/") || page.matches("granskning/\\d{4}\\.html")) {
                continue; // Search, news, asset and role pages are generated; reviews show their control under "Om genomgången".
            }
            Element box = parse(page).selectFirst("section.doc-control");
            assertThat(box).as(page).isNotNull();
            // "Senast ändrad" comes from git, so a copy outside git has only the first five.
            assertThat(box.select("dt").eachText()).as(page)
                    .startsWith("Dokumentägare", "Fastställd av", "Fastställd", "Version", "Nästa översyn")
                    .hasSizeBetween(5, 6);
            assertThat(box.select("dd").eachText()).as(page).doesNotContain("uppgift saknas");
        }
    }

    @Test
    void pagesPastTheirReviewDateAreFlaggedAndWarnedAbout() throws IOException {
        assertThat(parse("rutiner/kontinuitetshantering.html").select(".overdue").text())
                .contains("Översyn försenad").contains("2026-06-30");
        assertThat(parse("rutiner/incidenthantering.html").select(".overdue")).isEmpty();
        assertThat(ExampleSite.build().warnings()).extracting(Problem::file).extracting(Path::toString)
                .contains("content/rutiner/kontinuitetshantering.adoc", "content/roller/arkivarie.adoc");
    }

    @Test
    void navigationFollowsTheOrderTheIsamChose() throws IOException {
        Document home = parse("index.html");
        assertThat(home.select("#meny > ul > li > a").eachText())
                .containsExactly("Startsida", "Lokal anvisning för informationssäkerhet", "Roller och ansvar", "Rutiner", "Årshjulet", "Registret",
                        "Ledningens genomgång", "Nytt sedan förra versionen");
        Document chapter = parse("anvisning/03-riskbaserat-forhallningssatt.html");
        assertThat(chapter.select("#meny a[aria-current=page]").text()).startsWith("3.");
        assertThat(chapter.select("nav.breadcrumbs li").eachText())
                .containsExactly("Startsida", "Lokal anvisning för informationssäkerhet", chapter.selectFirst("h1").text());
    }

    @Test
    void noManagementOnlyRecordReachesTheEmployeeSite() throws IOException {
        List<String> secrets = new ArrayList<>();
        try (var files = Files.list(RepositoryPaths.root().resolve("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collectManagementOnly(JSON.readTree(file.toFile()), secrets);
            }
        }
        assertThat(secrets).as("the example data has management-only records").hasSizeGreaterThanOrEqualTo(6);

        List<String> leaks = new ArrayList<>();
        try (var files = Files.walk(ExampleSite.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                String utf8 = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                secrets.stream().filter(utf8::contains).forEach(secret -> leaks.add(file.getFileName() + ": " + secret));
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** The id, name, title and description of every record marked "ledning". */
    private static void collectManagementOnly(JsonNode node, List<String> into) {
        if (node.isObject() && "ledning".equals(node.path("visibility").asText())) {
            for (String field : new String[] {"id", "name", "title", "description"}) {
                if (node.hasNonNull(field)) {
                    into.add(node.get(field).asText());
                }
            }
        }
        node.forEach(child -> collectManagementOnly(child, into));
    }

    @Test
    void theRegisterCarriesThe2024ReviewsPlanFindingsAndAtLeastFortyAssets() throws IOException {
        String plan = Files.readString(ExampleSite.output().resolve("register/atgardsplan.html"), StandardCharsets.UTF_8);
        Document actions = Jsoup.parse(plan);
        assertThat(actions.select("#ar-2024 + div tbody tr").text().toLowerCase())
                .contains("framtagande av årshjul", "årlig behörighetsrevision", "inköpsprocessen", "ny organisationsstruktur");
        assertThat(actions.select("#ar-2025 + div tbody tr").text().toLowerCase())
                .contains("etablera en rutin för regelbundna informationsklassningar", "informationen i processerna");
        assertThat(actions.select("#ar-2026 + div tbody tr").text().toLowerCase())
                .contains("utvärdera täckningen", "öva utifrån kontinuitetsplaner", "granska hur väl");
        String findings = parse("register/iakttagelser-och-risker.html").text();
        assertThat(findings).contains("2.6.5", "3.4", "Årsrapport 2023");
        assertThat(parse("register/tillgangar.html").select("#tillgangar tbody tr")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void the2024PlanIsATablePerYearWithTheResponsibleRoleTheSourceAndTheStatusOnTheReviewDate() throws IOException {
        Document review = parse("granskning/2024.html");
        var region = review.selectFirst("#plan-2024 + .table-scroll");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("aria-labelledby")).isEqualTo("plan-2024");
        var table = region.selectFirst("table");
        assertThat(table.select("caption").text()).isEqualTo("Åtgärder 2024: ansvarig, källa och status per 2024-02-27");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Åtgärd", "Ansvarig", "Källa", "Status per 2024-02-27");
        var inköp = table.select("tbody tr").stream().filter(row -> row.child(0).text().startsWith("tydliggöra informationssäkerhet"))
                .findFirst().orElseThrow();
        assertThat(inköp.child(1).text()).isEqualTo("Ekonomichef");
        assertThat(inköp.child(2).text()).isEqualTo("Ledningens genomgång 2024, avsnitt 4.1");
        assertThat(inköp.child(3).text()).isEqualTo("Planerad");
        var yearly = table.select("tbody tr").first();
        assertThat(yearly.child(0).text()).isEqualTo("årlig översyn av Lokal anvisning för informationssäkerhet.");
        assertThat(yearly.child(2).text()).isEqualTo("Ledningens genomgång 2024, avsnitt 4.1 (återkommande)");
    }

    @Test
    void theApprovedReviewsListTheirDecisionsFromTheRegisterAndHoldNoExampleText() throws IOException {
        Document review2024 = parse("granskning/2024.html");
        assertThat(review2024.select(".exempeltext")).isEmpty();
        assertThat(review2024.getElementById("beslut").text()).isEqualTo("9 Beslut");
        assertThat(review2024.select("#beslut ~ .review-decisions > li").eachText()).hasSize(3)
                .anySatisfy(decision -> assertThat(decision).contains("avsnitt 4.1–4.3, fastställs", "Beslutet gäller 26 åtgärder i planen ovan."))
                .anySatisfy(decision -> assertThat(decision).contains("biläggs bolagets verksamhetsplan", "mål 3.5"));
        assertThat(review2024.select("#iso-27001 ~ div tr:contains(9.3.3) a").attr("href")).isEqualTo("#beslut");

        Document review2025 = parse("granskning/2025.html");
        assertThat(review2025.select(".exempeltext")).isEmpty();
        // Next year's review shows how the previous review's decisions went: their actions counted by status on its own date
        // (the actions themselves are listed just above, with their status).
        String previous = review2025.select("#forra-arets-atgarder ~ .review-decisions").first().text();
        assertThat(previous).contains("Planeringen för informationssäkerhetsarbetet under de kommande tre åren",
                "26 åtgärder: Klar 6 · Pågår 3 · Uppskjuten 3 · Planerad 14", "6 åtgärder: Klar 1 · Pågår 4 · Uppskjuten 1")
                .doesNotContain("framtagande av årshjul. – Uppskjuten");
        assertThat(review2025.select("#forra-arets-atgarder ~ .review-plan").first().text()).contains("framtagande av årshjul. – Uppskjuten");
        assertThat(review2025.select("#beslut ~ .review-decisions > li").eachText())
                .anySatisfy(decision -> assertThat(decision).contains("förs över till 2025", "framtagande av årshjul. – Uppskjuten"));
    }

    @Test
    void everyPlaceAnActionIsListedSaysWhichReviewDecidedIt() throws IOException {
        Document plan = parse("register/atgardsplan.html");
        assertThat(plan.getElementById("A2024-10").text()).contains("Beslutad i Ledningens genomgång 2024 och 2025");
        assertThat(plan.getElementById("A2026-07").text()).contains("Beslutad i Ledningens genomgång 2024")
                .doesNotContain("2024 och 2025");
        assertThat(plan.getElementById("A-RSA-01").text()).contains("Beslutad i Ledningens genomgång 2025");
        assertThat(parse("register/iakttagelser-och-risker.html").text()).contains("Beslutad i Ledningens genomgång");
    }

    @Test
    void theDraftReviewKeepsItsNotesToTheAuthorOutOfThePage() throws IOException {
        assertThat(parse("granskning/2026.html").text()).doesNotContain(":review-status:", "review-status", "approved-date");
        assertThat(ExampleSite.build().warnings()).extracting(Problem::toString)
                .anySatisfy(warning -> assertThat(warning).contains("content/granskning/2026.adoc:7", "inga beslut"))
                .noneSatisfy(warning -> assertThat(warning).contains("Synlig text nämner"));
    }

    @Test
    void the2024ReviewCarriesEveryHeadingAndItsPlanYearByYear() throws IOException {
        Document review = parse("granskning/2024.html");
        assertThat(review.select("h2, h3, h4").eachText()).contains(
                "1 Sammanfattning", "2 Ledningssystem för informationssäkerhet, LIS",
                "2.1 Vad påverkar SBR informationssäkerhetsarbete", "2.1.1 Vad ska SBR göra 2024 utifrån budget.",
                "2.1.2 Risk och sårbarhetsanalys", "2.1.3 Resultatet från revisioner",
                "3 Utvecklingsområden för verksamhetens LIS", "3.1 SBR:s lokala anvisning för informationssäkerhet",
                "3.2 Kompetenslyft ledningsgrupp", "3.3 SBRs prioritering för 2024 är:", "4 Åtgärder kommande 3 år",
                "4.1 Under 2024 ska SBR", "4.2 Under 2025 ska SBR:", "4.3 Under 2026 ska SBR");
        assertThat(review.select("#plan-2024 + .table-scroll tbody tr")).hasSize(11);
        assertThat(review.select("#plan-2025 + .table-scroll tbody tr")).hasSize(6);
        assertThat(review.select("#plan-2026 + .table-scroll tbody tr")).as("the seed's 4.3 lists the yearly review of the instruction twice")
                .hasSize(9);
        assertThat(review.select("#plan-2024 + .table-scroll td:first-child").eachText())
                .contains("framtagande av årshjul.", "tydliggöra informationssäkerhet inklusive dataskydd i inköpsprocessen tidigaste steg.")
                .noneMatch(title -> title.contains("återkommande"));
        assertThat(review.select("#plan-2026 + .table-scroll td:first-child").eachText())
                .contains("öva utifrån kontinuitetsplaner.", "utvärdera täckningen av att endast informationsklassa processer.");
        assertThat(review.text()).contains("300 tsek");
        assertThat(review.select("#iso-27001 ~ div tbody tr")).hasSize(11);
        // Each input links to the section marked for it with iso=, by that section's number and title.
        assertThat(review.select("#iso-27001 ~ div tbody a").eachText()).contains("2.1 Vad påverkar SBR informationssäkerhetsarbete",
                "2.1.1 Vad ska SBR göra 2024 utifrån budget.", "2.1.3 Resultatet från revisioner", "5 Nyckeltal 2023, per 2024-02-27", "9 Beslut");
        assertThat(review.select("#iso-27001 ~ div tbody").text()).doesNotContain("Saknas i texten");
        assertThat(parse("granskning/index.html").select(".review-list a").eachText())
                .containsExactly("Ledningens genomgång 2026", "Ledningens genomgång 2025", "Ledningens genomgång 2024");
    }

    @Test
    void everyRoleAndRoutineOfTheReviewHasAPage() {
        assertThat(ExampleSite.pages()).contains(
                "roller/forvaltningschef-vd.html", "roller/isam.html", "roller/dso.html", "roller/objektagare.html",
                "roller/chef.html", "roller/medarbetare-och-konsult.html", "roller/registrator.html",
                "roller/riskhanteringsfunktion.html", "roller/regelefterlevnadsfunktion.html",
                "roller/internrevision.html", "roller/arkivarie.html",
                "rutiner/incidenthantering.html", "rutiner/informationsklassning.html",
                "rutiner/personuppgiftsbitradesavtal.html", "rutiner/behorighetsrevision.html",
                "rutiner/kontinuitetshantering.html", "rutiner/utbildning.html");
    }

    @Test
    void searchIndexHasOneEntryPerSectionLinkingToItsAnchor() throws IOException {
        String script = Files.readString(ExampleSite.output().resolve("search-index.js"), StandardCharsets.UTF_8);
        JsonNode index = JSON.readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
        List<String> urls = new ArrayList<>();
        index.forEach(entry -> urls.add(entry.path("u").asText()));
        assertThat(urls).contains("rutiner/incidenthantering.html#rapportera-i-ia").doesNotContain("sok.html");
        assertThat(script).contains("åtgärd");
    }

    private static Document parse(String page) throws IOException {
        return Jsoup.parse(Files.readString(ExampleSite.output().resolve(page), StandardCharsets.UTF_8));
    }

    @Test
    void theReviewShowsTheYearsCycleWithWhatTheRegisterTellsAndLinksToTheWheel() throws IOException {
        Document review = parse("granskning/2026.html");
        Element table = review.selectFirst("#arshjulet ~ div table");
        assertThat(table.select("tbody tr")).hasSize(11);
        Element accessReview = table.select("tbody tr").stream()
                .filter(row -> row.text().startsWith("Årlig behörighetsrevision")).findFirst().orElseThrow();
        assertThat(accessReview.select("td").eachText()).containsExactly("Årlig behörighetsrevision (identitet och åtkomst)",
                "oktober–november", "Informationssäkerhetssamordnare (ISAM)", accessReview.select("td").get(3).text());
        assertThat(accessReview.select("td").get(3).text()).matches("Delvis: \\d+ av \\d+ \\(\\d+ %\\)");
        assertThat(accessReview.selectFirst("a").attr("href")).isEqualTo("../arshjul.html#AH-BEHORIGHETSREVISION");
        assertThat(parse("arshjul.html").getElementById("AH-BEHORIGHETSREVISION")).isNotNull();
        // The RSA runs every second year from 2024, so it is in the 2026 review.
        assertThat(table.text()).contains("Risk- och sårbarhetsanalys (RSA)");
        // The cycle was adopted in November 2026: the reviews approved before that stay as they were.
        assertThat(parse("granskning/2025.html").getElementById("arshjulet")).isNull();
        assertThat(parse("granskning/2024.html").getElementById("arshjulet")).isNull();
    }
}
