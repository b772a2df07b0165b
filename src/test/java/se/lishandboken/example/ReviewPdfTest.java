package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.lishandboken.testsupport.ExampleSite;
import se.lishandboken.testsupport.PdfValidation;

/** The PDFs of the example site's management reviews. */
class ReviewPdfTest {
    private static final List<String> REVIEWS = List.of("granskning/2024", "granskning/2025", "granskning/2026");

    @Test
    void everyReviewPdfPassesVeraPdfForPdfA2uAndPdfUa1() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String review : REVIEWS) {
            Path pdf = ExampleSite.output().resolve(review + ".pdf");
            PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U).forEach(f -> failures.add(review + " PDF/A-2u: " + f));
            PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1).forEach(f -> failures.add(review + " PDF/UA-1: " + f));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the2024PdfHasEveryHeadingEveryPlannedActionAndTheCitysPagination() throws Exception {
        Document page = Jsoup.parse(Files.readString(ExampleSite.output().resolve("granskning/2024.html"), StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>(page.select(".page-body h2, .page-body h3, .page-body h4").eachText());
        expected.addAll(page.select("#plan li").eachText());
        assertThat(expected).hasSizeGreaterThan(35);

        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            int pages = pdf.getNumberOfPages();
            assertThat(expected).allSatisfy(line -> assertThat(text).contains(normalise(line)));
            assertThat(text).contains("Sida 1 (" + pages + ")", "Sida " + pages + " (" + pages + ")");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Ledningens genomgång 2024");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Stockholm Business Region");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
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

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
