package se.lishandboken.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.ExampleSite;

/**
 * The example's 2024 review carries its source document faithfully: every numbered heading and every
 * planned action of 4.1–4.3, word for word and in order, on the web page and in the PDF.
 */
class SeedReviewTest {
    /** The text PDFBox writes at the end of each page, which no page's text holds. */
    private static final String PAGE_END = "\f";
    private static SeedReview seed;

    @BeforeAll
    static void readTheSeed() throws IOException {
        try (InputStream in = SeedReviewTest.class.getResourceAsStream("/example/ledningens-genomgang-2024.txt")) {
            seed = SeedReview.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSeedHasItsFifteenHeadingsAndTwentySixPlannedActions() {
        assertThat(seed.headings()).startsWith("1 Sammanfattning", "2 Ledningssystem för informationssäkerhet, LIS")
                .contains("2.1.1 Vad ska SBR göra 2024 utifrån budget.",
                        "2.1.4 Rekommenderar framtagande av rutin för personuppgiftsbiträdesavtal med instruktion.",
                        "3.3 SBRs prioritering för 2024 är:", "4.2 Under 2025 ska SBR:")
                .endsWith("4.3 Under 2026 ska SBR")
                .hasSize(15);
        assertThat(seed.actions()).hasSize(26)
                .contains("uppmana samtliga i Ledningsgruppens att själv ta del av stadens kontinuerliga erbjudande om "
                        + "“tema baserade mini e-utbildningar\" i informationssäkerhet (ej än lanserat). Även uppmana att "
                        + "kunskap spridds/delas till sin personal. Uppmana chefer och medarbetare att ta del av "
                        + "Integritetsskydds-myndighetens korta utbildningar avseende dataskydd som är publicerade på Intranätet.",
                        "följa den framtagna rutinen för regelbundna. informationsklassningar.")
                .endsWith("granska hur väl lokal rutin för regelbundna informationsklassningar följs.",
                        "öva utifrån kontinuitetsplaner.", "årlig översyn och vid behov revidering av Ledningens genomgång.");
        assertThat(seed.actions().stream().filter("årlig översyn av Lokal anvisning för informationssäkerhet."::equals))
                .as("once a year, and twice in 4.3").hasSize(4);
    }

    @Test
    void theWebPageHasEveryHeadingAndPlannedActionOfTheSeedInOrder() throws IOException {
        String page = Jsoup.parse(Files.readString(ExampleSite.output().resolve("granskning/2024.html"), StandardCharsets.UTF_8))
                .select(".page-body").text();
        assertThat(SeedReview.firstMissing(seed.items(), page, null)).as("the first heading or action missing, altered or out of order")
                .isNull();
    }

    @Test
    void thePdfHasEveryHeadingAndPlannedActionOfTheSeedInOrder() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(ExampleSite.output().resolve("granskning/2024.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd(PAGE_END);
            text = stripper.getText(pdf);
        }
        // The contents list repeats the headings with dot leaders and page numbers; the headings themselves follow it.
        String body = Arrays.stream(text.split("\n")).filter(line -> !line.contains(". . .") && !line.contains("....."))
                .collect(Collectors.joining("\n"));
        assertThat(SeedReview.firstMissing(seed.items(), body, PAGE_END)).as("the first heading or action missing, altered or out of order")
                .isNull();
    }

    @Test
    void aHeadingOrActionAlteredOrLeftOutIsFound() {
        String faithful = String.join("\n", seed.items());
        assertThat(SeedReview.firstMissing(seed.items(), faithful, null)).isNull();
        assertThat(SeedReview.firstMissing(seed.items(), faithful.replace("tema baserade", "tema-baserade"), null))
                .startsWith("uppmana samtliga");
        assertThat(SeedReview.firstMissing(seed.items(), faithful.replace("Integritetsskydds-myndighetens", "Integritetsskyddsmyndighetens"), null))
                .startsWith("uppmana samtliga");
        assertThat(SeedReview.firstMissing(seed.items(), faithful.replace("4.2 Under 2025 ska SBR:", "4.2 Under 2025 ska SBR"), null))
                .isEqualTo("4.2 Under 2025 ska SBR:");
        List<String> dropped = seed.items().stream().filter(item -> !item.equals("öva utifrån kontinuitetsplaner.")).toList();
        assertThat(SeedReview.firstMissing(seed.items(), String.join("\n", dropped), null)).isEqualTo("öva utifrån kontinuitetsplaner.");
        assertThat(SeedReview.firstMissing(seed.items(), faithful.replace("informationssäkerhet.\n", "informationssäkerhet\n"), null))
                .isEqualTo("årlig översyn av Lokal anvisning för informationssäkerhet.");
    }
}
