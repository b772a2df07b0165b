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

/** The PDF of the example site's Statement of Applicability, beside its page. */
class SoaPdfTest {
    private static Path pdf() {
        return ExampleSite.output().resolve("register/tillamplighet.pdf");
    }

    @Test
    void theSoaPdfPassesVeraPdfForPdfA2uAndPdfUa1() throws Exception {
        List<String> failures = new ArrayList<>();
        PdfValidation.failures(pdf(), PDFAFlavour.PDFA_2_U).forEach(f -> failures.add("PDF/A-2u: " + f));
        PdfValidation.failures(pdf(), PDFAFlavour.PDFUA_1).forEach(f -> failures.add("PDF/UA-1: " + f));
        assertThat(failures).isEmpty();
    }

    @Test
    void theSoaPdfOpensWithATitlePageWithTheApprovalThenPrintsEveryControl() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf().toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(document);
            assertThat(cover).contains("Stockholm Business Region", "Uttalande om tillämplighet", "Version", "1.0",
                    "Fastställd av", "VD", "2026-10-20").doesNotContain("Kontroller (");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("5.15", "Access control", "Tillämplig", "Motivering och genomförande", "Genomförs i handboken")
                    .doesNotContain("Ladda ned", "Hoppa till innehållet");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Uttalande om tillämplighet");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
    }

    @Test
    void theSoaPageLinksToItsPdf() throws Exception {
        Document page = Jsoup.parse(Files.readString(ExampleSite.output().resolve("register/tillamplighet.html"), StandardCharsets.UTF_8));
        assertThat(page.select("a[href=tillamplighet.pdf]").eachText()).containsExactly("Ladda ned uttalandet som PDF");
    }
}
