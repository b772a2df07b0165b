package se.lishandboken.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The latest automated accessibility evaluation of the site, as the test suite records it
 * ({@code data/accessibility/results.json}, copied from {@code target/accessibility/results.json}).
 *
 * @param date the day the evaluation ran
 * @param axe the axe-core run, or null if it did not run
 * @param nu the Nu HTML Checker run, or null if it did not run
 * @param pdf the veraPDF PDF/UA-1 run over the review PDFs, or null if it did not run
 */
public record AccessibilityResults(
        @JsonProperty("date") LocalDate date,
        @JsonProperty("axe") Axe axe,
        @JsonProperty("nu") Nu nu,
        @JsonProperty("pdf") Pdf pdf) {

    /** Where a site keeps the results, under its data folder. */
    public static final String FILE = "accessibility/results.json";

    /**
     * An axe-core run in a browser.
     *
     * @param version axe-core's version
     * @param tags the rule tags run, e.g. {@code wcag21aa}
     * @param widths the window widths in CSS pixels
     * @param pages how many pages were checked
     * @param violations each open violation, as one line of text
     */
    public record Axe(@JsonProperty("version") String version, @JsonProperty("tags") List<String> tags,
            @JsonProperty("widths") List<Integer> widths, @JsonProperty("pages") int pages,
            @JsonProperty("violations") List<String> violations) {
        public Axe {
            tags = tags == null ? List.of() : List.copyOf(tags);
            widths = widths == null ? List.of() : List.copyOf(widths);
            violations = violations == null ? List.of() : List.copyOf(violations);
        }
    }

    /**
     * A Nu HTML Checker run over the built pages.
     *
     * @param version the checker's version
     * @param pages how many pages were checked
     * @param errors each open error, as one line of text
     */
    public record Nu(@JsonProperty("version") String version, @JsonProperty("pages") int pages,
            @JsonProperty("errors") List<String> errors) {
        public Nu {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /**
     * veraPDF's PDF/UA-1 check of the management review's PDFs.
     *
     * @param version veraPDF's version
     * @param files how many PDFs were checked
     * @param errors each PDF/UA-1 rule a PDF breaks, as one line of text
     */
    public record Pdf(@JsonProperty("version") String version, @JsonProperty("files") int files,
            @JsonProperty("errors") List<String> errors) {
        public Pdf {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** Whether the run is dated and every tool ran: axe-core and the Nu checker on the pages, veraPDF on the PDFs. */
    public boolean complete() {
        return date != null && axe != null && nu != null && pdf != null;
    }

    /** Every open violation of either tool. */
    public List<String> openViolations() {
        List<String> open = new java.util.ArrayList<>();
        if (axe != null) {
            open.addAll(axe.violations());
        }
        if (nu != null) {
            open.addAll(nu.errors());
        }
        if (pdf != null) {
            open.addAll(pdf.errors());
        }
        return List.copyOf(open);
    }

    /**
     * Reads {@code file}; empty if there is none.
     *
     * @throws IOException if the file cannot be read or is not results JSON
     */
    public static Optional<AccessibilityResults> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return Optional.of(json.readValue(file.toFile(), AccessibilityResults.class));
    }
}
