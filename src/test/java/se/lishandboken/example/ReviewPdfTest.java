package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.lishandboken.testsupport.AccessibilityRecord;
import se.lishandboken.testsupport.ExampleSite;
import se.lishandboken.testsupport.PdfValidation;

/** The PDFs of the example site's management reviews. */
class ReviewPdfTest {
    private static final List<String> REVIEWS = List.of("granskning/2024", "granskning/2025", "granskning/2026");

    @Test
    void everyReviewPdfPassesVeraPdfForPdfA2uAndPdfUa1() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> accessibility = new ArrayList<>();
        for (String review : REVIEWS) {
            Path pdf = ExampleSite.output().resolve(review + ".pdf");
            PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U).forEach(f -> failures.add(review + " PDF/A-2u: " + f));
            PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1).forEach(f -> accessibility.add(review + ".pdf PDF/UA-1: " + f));
        }
        AccessibilityRecord.pdf(PdfValidation.veraPdfVersion(), REVIEWS.size(), accessibility);
        failures.addAll(accessibility);
        assertThat(failures).isEmpty();
    }

    @Test
    void the2024PdfHasEveryHeadingEveryPlannedActionAndTheCitysPagination() throws Exception {
        Document page = Jsoup.parse(Files.readString(ExampleSite.output().resolve("granskning/2024.html"), StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>(page.select(".page-body h2, .page-body h3, .page-body h4").eachText());
        expected.addAll(page.select("#plan caption, #plan td:first-child").eachText());
        assertThat(expected).hasSizeGreaterThan(35);

        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            String pageText = stripper.getText(pdf);
            String text = normalise(pageText);
            int pages = pdf.getNumberOfPages();
            // As the text stands, but the PDF may break a line after a hyphen and a table row over two pages.
            assertThat(expected).allSatisfy(line -> assertThat(SeedReview.firstMissing(List.of(line), pageText, "\f")).as(line).isNull());
            // Every row of the plan has its status on the review date, which the page layout must not cut off.
            assertThat(text.split("Planerad", -1).length - 1).isGreaterThanOrEqualTo(page.select("#plan tbody tr").size());
            assertThat(text).contains("Sida 1 (" + pages + ")", "Sida " + pages + " (" + pages + ")");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Ledningens genomgång 2024");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Stockholm Business Region");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
    }

    @Test
    void the2024PdfOpensWithACoverPageThenTheContentsWithTheRightPageNumbers() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            assertThat(normalise(pages.get(0))).contains("Stockholm Business Region", "Ledningens genomgång 2024",
                    "Genomgångens datum", "2024-02-27", "Version", "1.0", "Sida 1 (" + pages.size() + ")");
            assertThat(pages.get(1).lines().toList()).contains("Innehåll");

            // An entry too long for one line wraps: its title is the lines up to the one with the page number.
            String contents = pages.get(1).substring(pages.get(1).indexOf("Innehåll") + "Innehåll".length()).strip().replaceAll("(?m)^(?!.*\\.{3,} ?\\d+$)(.+)\\R(?=.)", "$1 ");
            Matcher entry = Pattern.compile("^(.+?) \\.{3,} ?(\\d+)$", Pattern.MULTILINE).matcher(contents);
            int entries = 0;
            while (entry.find()) {
                String title = normalise(entry.group(1));
                int page = Integer.parseInt(entry.group(2));
                assertThat(firstPageWithLine(pages, 3, title)).as(title).isEqualTo(page);
                entries++;
            }
            assertThat(entries).isGreaterThan(10);
            // To the third level: the narrative's 2.1.1 and the plan's years are there too.
            assertThat(contents).containsPattern("2\\.1\\.1 Vad ska SBR göra 2024 utifrån budget\\. +\\.{3,} ?\\d+")
                    .containsPattern("4\\.1 Under 2024 ska SBR +\\.{3,} ?\\d+")
                    .containsPattern("Noter +\\.{3,} ?\\d+");
        }
    }

    @Test
    void the2024PdfIsAReportWithoutTheWebsitesChromeWithItsNotesAtTheEnd() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            String all = normalise(String.join(" ", pages));
            assertThat(all).doesNotContain("Byggd", "Hoppa till innehållet", "Ladda ned genomgången");
            // The title page: the organisation and the title (the seed has no diarienummer, and the example no logo).
            assertThat(normalise(pages.get(0))).contains("Stockholm Business Region", "Ledningens genomgång 2024").doesNotContain("Diarienummer");
            // The footnotes come last, after the appendix, under their own heading.
            int appendix = all.lastIndexOf("Bilaga: Indata enligt ISO/IEC 27001:2022 9.3");
            assertThat(all.lastIndexOf("Noter")).isGreaterThan(appendix);
            assertThat(all.indexOf("Tillämpningsanvisning till stadens riktlinje för informationssäkerhet")).isGreaterThan(appendix);
        }
    }

    @Test
    void the2024PdfCopiesAsPlainLettersAndItsInformationHoldsNoWebMetaTags() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count()).as("ligature glyphs").isZero();
            assertThat(text).contains("finns");
            assertThat(pdf.getDocumentInformation().getMetadataKeys())
                    .isSubsetOf("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate");
            assertThat(pdf.getDocumentInformation().getKeywords()).contains("ledningens genomgång", "2024", "fastställd", "intranätets utgåva");
        }
    }

    @Test
    void everyPageOfTheDraftReviewPdfSaysItIsADraftAndTheApprovedOneDoesNot() throws Exception {
        try (PDDocument draft = Loader.loadPDF(ExampleSite.output().resolve("granskning/2026.pdf").toFile());
                PDDocument approved = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            assertThat(pageTexts(draft)).allSatisfy(page -> assertThat(page).contains("Utkast"));
            assertThat(draft.getDocumentInformation().getTitle()).contains("Utkast");
            assertThat(pageTexts(approved)).noneSatisfy(page -> assertThat(page).contains("Utkast"));
        }
    }

    @Test
    void theExampleRegisterIsMarkedOnTheReviewPageAndOnEveryPageOfItsPdf() throws Exception {
        for (String shows : List.of("granskning/2024.html", "register/tillgangar.html", "rutiner/informationsklassning.html")) {
            Document page = Jsoup.parse(Files.readString(ExampleSite.output().resolve(shows), StandardCharsets.UTF_8));
            assertThat(page.select("main [role=note]").eachText()).as(shows).anySatisfy(note -> assertThat(note).startsWith("Exempeldata."));
        }
        // A page without register figures needs no such note.
        assertThat(ExampleSite.read("index.html")).doesNotContain("Exempeldata");
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            assertThat(normalise(pages.get(0))).contains("Exempeldata. Registrets poster och nyckeltal är exempel");
            assertThat(pages).allSatisfy(text -> assertThat(text).contains("Exempeldata"));
        }
    }

    @Test
    void the2024PdfHasABookmarkForEverySectionOnItsPageAndARunningHeaderAfterTheCover() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
                int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
                assertThat(firstPageWithLine(pages, 1, item.getTitle())).as(item.getTitle()).isEqualTo(page);
                item.children().forEach(child -> titles.add("  " + child.getTitle()));
            }
            assertThat(titles).contains("Om genomgången", "1 Sammanfattning", "  2.1 Vad påverkar SBR informationssäkerhetsarbete",
                    "4 Åtgärder kommande 3 år", "5 Nyckeltal 2023, per 2024-02-27", "Bilaga: Indata enligt ISO/IEC 27001:2022 9.3");

            // The approved review shows the register as it was on 2024-02-27, from its seal: 2 of today's 43
            // assets were recorded later, no access review had been recorded yet, and the yearly figures are 2023's.
            String all = String.join(" ", pages).replaceAll("\\s+", " ");
            assertThat(all).contains("Genomgången redovisar perioden 2023-02-28 – 2024-02-27",
                    "Klassade objekt (informationstillgångar) 19 av 41 (46 %)",
                    "Tillgångar med behörighetsrevision under perioden Uppgift saknas",
                    "Genomförd e-utbildning, helår 2023: 95 av 140 (68 %)",
                    "Siffrorna visas som de var när den fastställdes");
            assertThat(pages.get(0)).doesNotContain("Stockholm Business Region · Ledningens genomgång 2024");
            assertThat(pages.subList(1, pages.size()))
                    .allSatisfy(page -> assertThat(page).contains("Stockholm Business Region · Ledningens genomgång 2024"));
        }
    }

    @Test
    void theAppendixOfThe2024PdfLinksEachInputToThePageOfItsSectionByNumberAndTitle() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> pages = pageTexts(pdf);
            String all = normalise(String.join(" ", pages));
            String appendix = all.substring(all.lastIndexOf("Bilaga: Indata enligt ISO/IEC 27001:2022 9.3"));
            assertThat(appendix).contains("9.3.2 c) Förändringar i intressenternas behov och förväntningar 2.1.1 Vad ska SBR göra 2024 utifrån budget.",
                    "9.3.2 d) 3) Revisionsresultat 2.1.3 Resultatet från revisioner", "9.3.3 Resultat: ", "Beslut")
                    .doesNotContain("Saknas i texten");

            List<String> links = internalLinks(pdf);
            assertThat(links).contains("2.1.3 Resultatet från revisioner → " + firstPageWithLine(pages, 1, "2.1.3 Resultatet från revisioner"),
                    "8 Riskbehandling → " + firstPageWithLine(pages, 1, "8 Riskbehandling"));
        }
    }

    /** Each link within the PDF, as "the text it covers → the page it goes to". */
    private static List<String> internalLinks(PDDocument pdf) throws java.io.IOException {
        List<String> links = new ArrayList<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo
                        && goTo.getDestination() instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination target) {
                    var area = link.getRectangle();
                    var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
                    float height = page.getMediaBox().getHeight();
                    stripper.addRegion("link", new java.awt.geom.Rectangle2D.Float(area.getLowerLeftX(), height - area.getUpperRightY(),
                            area.getWidth(), area.getHeight()));
                    stripper.extractRegions(page);
                    links.add(normalise(stripper.getTextForRegion("link")) + " → " + (target.retrievePageNumber() + 1));
                }
            }
        }
        return links;
    }

    @Test
    void theChartInThe2024PdfIsAFigureWithATextAlternative() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            List<String> figures = new ArrayList<>();
            collectFigureAlts(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertThat(figures).anySatisfy(alt -> assertThat(alt).startsWith("Andel klar per mått per 2024-02-27"));
        }
    }

    @Test
    void theIntranetReviewPdfsHoldNoManagementOnlyRecord() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (var files = Files.list(se.lishandboken.testsupport.RepositoryPaths.root().resolve("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collectManagementOnly(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()), secrets);
            }
        }
        assertThat(secrets).isNotEmpty();
        for (String review : REVIEWS) {
            try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve(review + ".pdf").toFile())) {
                String text = normalise(new PDFTextStripper().getText(pdf));
                assertThat(secrets).as(review).noneMatch(secret -> text.contains(normalise(secret)));
            }
        }
    }

    private static void collectManagementOnly(com.fasterxml.jackson.databind.JsonNode node, List<String> into) {
        if (node.isObject() && "ledning".equals(node.path("visibility").asText())) {
            for (String field : new String[] {"id", "name", "title"}) {
                if (node.hasNonNull(field)) {
                    into.add(node.get(field).asText());
                }
            }
        }
        node.forEach(child -> collectManagementOnly(child, into));
    }

    private static List<String> pageTexts(PDDocument pdf) throws java.io.IOException {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /**
     * The first page from {@code from} on where {@code title} makes up whole lines (a heading may wrap
     * onto a second or third line): where that heading is.
     */
    private static int firstPageWithLine(List<String> pages, int from, String title) {
        for (int page = from; page <= pages.size(); page++) {
            List<String> lines = pages.get(page - 1).lines().map(String::strip).toList();
            for (int first = 0; first < lines.size(); first++) {
                String joined = lines.get(first);
                for (int next = first + 1; !joined.equals(title) && next < Math.min(first + 3, lines.size()); next++) {
                    joined += " " + lines.get(next);
                }
                if (joined.equals(title)) {
                    return page;
                }
            }
        }
        return -1;
    }

    private static void collectFigureAlts(PDStructureNode node, List<String> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    into.add(element.getAlternateDescription());
                }
                collectFigureAlts(element, into);
            }
        }
    }

    @Test
    void noReviewPdfPrintsANoteToItsAuthor() throws Exception {
        for (String review : REVIEWS) {
            try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve(review + ".pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).as(review).doesNotContain(":review-status:", "review-status", ":approved-date:");
            }
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
