package se.lishandboken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.lishandboken.testsupport.LisCommand;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.PdfValidation;
import se.lishandboken.testsupport.RepositoryPaths;

class ReviewCommandTest {
    /** The title of the example data's management-only risk (data/risks.json, visibility "ledning"). */
    private static final String MANAGEMENT_ONLY_RISK_ID = "RSA24-07";

    @TempDir
    Path temp;

    private final LisCommand command = new LisCommand();

    private int lis(String... args) {
        return command.run(args);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String managementOnlyRiskTitle() throws Exception {
        var risks = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(RepositoryPaths.root().resolve("data/risks.json").toFile()).path("risks");
        for (var risk : risks) {
            if (risk.path("id").asText().equals(MANAGEMENT_ONLY_RISK_ID)) {
                assertThat(risk.path("visibility").asText()).isEqualTo("ledning");
                return risk.path("title").asText().replaceAll("\\s+", " ");
            }
        }
        throw new AssertionError(MANAGEMENT_ONLY_RISK_ID + " is not in data/risks.json");
    }

    @Test
    void managementEditionIncludesManagementOnlyRecordsAndTheIntranetEditionDoesNot() throws Exception {
        String site = RepositoryPaths.root().toString();
        Path ledning = temp.resolve("ledning.pdf");
        Path intranet = temp.resolve("intranet.pdf");

        assertThat(lis("review", "2025", "--site", site, "--edition", "ledning", "--output", ledning.toString())).isEqualTo(ExitCodes.OK);
        assertThat(lis("review", "2025", "--site", site, "--output", intranet.toString())).isEqualTo(ExitCodes.OK);

        String risk = managementOnlyRiskTitle();
        assertThat(text(ledning)).contains(risk, "Ledningens utgåva. Innehåller uppgifter som bara är för ledningen");
        assertThat(text(intranet)).doesNotContain(risk, "Ledningens utgåva").contains("Ledningens genomgång 2025");

        // Every page of the management edition says what it is, and so does its metadata.
        String banner = "Ledningens utgåva – får inte publiceras på intranätet";
        assertThat(pageTexts(ledning)).allSatisfy(page -> assertThat(page).contains(banner));
        assertThat(pageTexts(intranet)).noneSatisfy(page -> assertThat(page).contains(banner));
        try (PDDocument management = Loader.loadPDF(ledning.toFile()); PDDocument employees = Loader.loadPDF(intranet.toFile())) {
            var info = management.getDocumentInformation();
            assertThat(info.getTitle()).startsWith("Ledningens genomgång 2025 – " + banner);
            assertThat(info.getSubject()).contains(banner);
            assertThat(info.getKeywords()).contains("ledningens utgåva");
            assertThat(employees.getDocumentInformation().getTitle()).doesNotContain(banner);
            assertThat(employees.getDocumentInformation().getKeywords()).contains("intranätets utgåva");
            String xmp = new String(management.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains(banner);
        }
    }

    @Test
    void theManagementEditionExplainsEachKeyFigureThatDiffersFromTheIntranetEdition() throws Exception {
        String site = RepositoryPaths.root().toString();
        Path ledning = temp.resolve("ledning-2026.pdf");
        Path intranet = temp.resolve("intranet-2026.pdf");

        assertThat(lis("review", "2026", "--site", site, "--edition", "ledning", "--output", ledning.toString())).isEqualTo(ExitCodes.OK);
        assertThat(lis("review", "2026", "--site", site, "--output", intranet.toString())).isEqualTo(ExitCodes.OK);

        // Two assets of the example register are for management only: the intranet edition counts 2 fewer.
        assertThat(text(ledning)).containsPattern("Klassade objekt \\(informationstillgångar\\): i ledningens utgåva ingår "
                + "2 informationstillgångar som inte visas på intranätet\\. Här står \\d+ av 45 \\(\\d+ %\\), i intranätets utgåva \\d+ av 43");
        assertThat(text(intranet)).doesNotContain("i ledningens utgåva ingår").contains(" av 43 (");
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void managementEditionIsNeverWrittenIntoTheSite() {
        Path inside = RepositoryPaths.root().resolve("output/ledning.pdf");

        assertThat(lis("review", "2025", "--site", RepositoryPaths.root().toString(), "--edition", "ledning",
                "--output", inside.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Ledningens utgåva får inte skrivas i webbplatsens mapp");
        assertThat(inside).doesNotExist();
    }

    @Test
    void managementEditionIsNotWrittenIntoTheSiteThroughALink() throws Exception {
        FixtureSite site = FixtureSite.create(temp);
        java.nio.file.Files.createSymbolicLink(temp.resolve("outlink"), site.output());
        java.nio.file.Files.createSymbolicLink(temp.resolve("ledning.pdf"), site.output().resolve("ledning.pdf"));
        java.nio.file.Files.createSymbolicLink(temp.resolve("assetlink"), site.dir().resolve("assets"));

        for (boolean outputExists : new boolean[] {false, true}) {
            if (outputExists) {
                java.nio.file.Files.createDirectories(site.output());
            }
            for (String target : List.of("outlink/x.pdf", "ledning.pdf", "outlink/../output/y.pdf", "assetlink/z.pdf")) {
                LisCommand run = new LisCommand();
                assertThat(run.run("review", "2026", "--site", site.dir().toString(), "--edition", "ledning",
                        "-o", temp.resolve(target).toString())).as(target).isEqualTo(ExitCodes.INVALID_INPUT);
                assertThat(run.err()).as(target).contains("Ledningens utgåva får inte skrivas i webbplatsens mapp", "inte heller via en länk");
            }
        }
        assertThat(site.output()).isEmptyDirectory();
        assertThat(site.dir().resolve("assets")).doesNotExist();
    }

    @Test
    void aYearWithoutAReviewSaysHowToCreateOne() {
        assertThat(lis("review", "1999", "--site", RepositoryPaths.root().toString(), "--output", temp.resolve("x.pdf").toString()))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(command.err()).contains("Det finns ingen genomgång för 1999.").contains("content/granskning/1999.adoc");
    }

    @Test
    void aReviewForAnotherOrganisationIsBuiltFromItsOwnConfigurationAndData() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages()
                .file("jbake.properties", FixtureSite.PROPERTIES.replace("Testbolaget AB", "Exempelnämnden")
                        + "lis.theme.primary=#5a2d82\ntemplate.review.file=review.ftlh\ntemplate.reviews.file=reviews.ftlh\n")
                .page("granskning/2025.adoc", """
                        = Ledningens genomgång 2025
                        :jbake-type: review
                        :review-year: 2025
                        :review-date: 2025-03-04
                        :presented-to: Nämnden
                        :review-status: fastställd
                        :owner: Informationssäkerhetssamordnare
                        :approved-by: Förvaltningschef
                        :approved-date: 2025-03-04
                        :doc-version: 2.0

                        [iso="9.3.2-b 9.3.2-c"]
                        == Sammanfattning

                        Nämndens arbete med informationssäkerhet gick enligt plan.

                        [#atgarder]
                        == Planen

                        lis::review-plan[]
                        """);
        Path pdf = temp.resolve("exempelnamnden-2025.pdf");

        // Approved, so sealed first, as the ISAM does.
        assertThat(lis("review", "2025", "--site", site.dir().toString(), "--seal")).isEqualTo(ExitCodes.OK);
        assertThat(lis("review", "2025", "--site", site.dir().toString(), "--output", pdf.toString())).isEqualTo(ExitCodes.OK);

        String text = text(pdf);
        assertThat(text).contains("Exempelnämnden · Ledningens genomgång 2025", "Nämnden", "Version 2.0", "Klassa om webbplatsen",
                "Bilaga: Indata enligt ISO/IEC 27001:2022 9.3");
        assertThat(text).doesNotContain("Stockholm", "SBR");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // No --version and no git: the stamp says "dev", as the site's footer does.
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Testhandboken dev");
        }
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
