package se.lishandboken.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.lishandboken.testsupport.PdfValidation;
import se.lishandboken.testsupport.RepositoryPaths;

class PdfRendererTest {
    private static final java.time.ZonedDateTime WHEN = java.time.ZonedDateTime.parse("2024-02-27T10:00:00+01:00[Europe/Stockholm]");

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <title>Ledningens genomgång 2024</title>
            <meta name="author" content="Exempelbolaget AB">
            <meta name="subject" content="Ledningens genomgång av ledningssystemet för informationssäkerhet">
            <style>
              @page { size: A4; margin: 2cm 2cm 2.5cm;
                @bottom-center { content: "Sida " counter(page) " (" counter(pages) ")"; font-family: "DejaVu Sans"; font-size: 9pt; } }
              body { font-family: "DejaVu Sans"; font-size: 11pt; }
              h1 { page-break-before: avoid; }
              .ny-sida { page-break-before: always; }
              table { border-collapse: collapse; } th, td { border: 1px solid #000; padding: 2pt; }
              tr { page-break-inside: avoid; }
            </style>
            </head>
            <body>
            <h1>Ledningens genomgång 2024</h1>
            <p>Åtgärder för året: årlig översyn av lokal anvisning för informationssäkerhet.</p>
            <h2 class="ny-sida">Åtgärder kommande 3 år</h2>
            <table>
              <caption>Åtgärder 2024</caption>
              <thead><tr><th scope="col">Åtgärd</th><th scope="col">Status</th></tr></thead>
              <tbody><tr><td>Framtagande av årshjul</td><td>Pågår</td></tr></tbody>
            </table>
            <ul><li>Öva utifrån kontinuitetsplaner.</li></ul>
            </body>
            </html>
            """;

    @TempDir
    Path temp;

    private Path pdf;

    @BeforeEach
    void render() throws Exception {
        Path html = temp.resolve("genomgang.html");
        Files.writeString(html, HTML);
        pdf = PdfRenderer.render(html, new PdfOptions(temp.resolve("genomgang.pdf"), temp.toUri().toString(), "LIS-handboken test", WHEN));
    }

    @Test
    void pdfPassesVeraPdfForPdfA2u() throws Exception {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
    }

    @Test
    void pdfPassesVeraPdfForPdfUa1() throws Exception {
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void headingsAreTaggedForScreenReadersEvenWithoutIds() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            java.util.List<String> tags = new java.util.ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).containsSubsequence("H1", "H2", "Table");
        }
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node, java.util.List<String> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                into.add(element.getStructureType());
                collect(element, into);
            }
        }
    }

    @Test
    void veraPdfRejectsAnOrdinaryPdf() throws Exception {
        Path plain = temp.resolve("vanlig.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(plain.toFile());
        }
        assertThat(PdfValidation.failures(plain, PDFAFlavour.PDFA_2_U)).isNotEmpty();
        assertThat(PdfValidation.failures(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void pdfCarriesMetadataTextAndTheCitysPagination() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Ledningens genomgång 2024");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Exempelbolaget AB");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Framtagande av årshjul", "Öva utifrån kontinuitetsplaner", "Sida 1 (2)", "Sida 2 (2)");
        }
    }

    @Test
    void theSitesPrintStylesheetKeepsEveryTableRowOnOnePageAndRepeatsTheHeader() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 60; row++) {
            rows.append("<tr><th scope=\"row\">Rad ").append(row).append(" början</th><td>Första raden<br>andra raden<br>tredje raden<br>Rad ")
                    .append(row).append(" slut</td></tr>");
        }
        Path html = temp.resolve("lang-tabell.html");
        Files.writeString(html, """
                <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Lång tabell</title>
                <link rel="stylesheet" href="%s" media="print"></head>
                <body><main><h1>Lång tabell</h1><table><thead><tr><th scope="col">Kolumnrubrik</th><th scope="col">Innehåll</th></tr></thead>
                <tbody>%s</tbody></table></main></body></html>
                """.formatted(RepositoryPaths.root().resolve("src/main/resources/lis/theme/assets/css/print.css").toUri(), rows));
        Path long_ = PdfRenderer.render(html, new PdfOptions(temp.resolve("lang-tabell.pdf"), temp.toUri().toString(), "test", WHEN));

        try (PDDocument document = Loader.loadPDF(long_.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            java.util.List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            for (int row = 1; row <= 60; row++) {
                String start = "Rad " + row + " början";
                String end = "Rad " + row + " slut";
                assertThat(pages).as("row %d", row).anySatisfy(text -> assertThat(text).contains(start, end));
            }
            assertThat(pages).allSatisfy(text -> assertThat(text).contains("Kolumnrubrik"));
        }
    }

    @Test
    void theSameHtmlAndDateGiveTheSameBytesWithTheBuildDateInTheMetadata() throws Exception {
        Path again = PdfRenderer.render(temp.resolve("genomgang.html"),
                new PdfOptions(temp.resolve("igen.pdf"), temp.toUri().toString(), "LIS-handboken test", WHEN));

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(WHEN.toInstant());
            assertThat(document.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(WHEN.toInstant());
            // The metadata gives the build date, never the wall clock's.
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("2024-02-27T10:00:00+01:00")
                    .doesNotContain(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        }
    }
}
