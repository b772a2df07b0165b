package se.lishandboken.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Records what the example site's accessibility tests measured in {@code target/accessibility/results.json}:
 * BrowserTest writes the axe-core part, ExampleSiteTest the Nu HTML Checker part and ReviewPdfTest the veraPDF
 * PDF/UA-1 part, each before it asserts,
 * so open violations are recorded too. A site copies the file to {@code data/accessibility/results.json},
 * which its accessibility statement reads (README, "Tillgänglighetsredogörelse").
 */
public final class AccessibilityRecord {
    /** The file the tests write. */
    public static final Path FILE = RepositoryPaths.root().resolve("target/accessibility/results.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AccessibilityRecord() {
    }

    /** Records an axe-core run: its version, rule tags, window widths, pages checked and open violations. */
    public static synchronized void axe(String version, List<String> tags, List<Integer> widths, int pages, List<String> violations) {
        ObjectNode axe = JSON.createObjectNode().put("version", version);
        tags.forEach(axe.putArray("tags")::add);
        widths.forEach(axe.putArray("widths")::add);
        axe.put("pages", pages);
        violations.forEach(axe.putArray("violations")::add);
        write("axe", axe);
    }

    /** Records a Nu HTML Checker run: its version, pages checked and open errors. */
    public static synchronized void nu(String version, int pages, List<String> errors) {
        ObjectNode nu = JSON.createObjectNode().put("version", version).put("pages", pages);
        errors.forEach(nu.putArray("errors")::add);
        write("nu", nu);
    }

    /** Records a veraPDF PDF/UA-1 run over the review PDFs: its version, files checked and open errors. */
    public static synchronized void pdf(String version, int files, List<String> errors) {
        ObjectNode pdf = JSON.createObjectNode().put("version", version).put("files", files);
        errors.forEach(pdf.putArray("errors")::add);
        write("pdf", pdf);
    }

    /** Keeps the other tools' parts only if they ran today, so a file never joins runs of different days. */
    private static void write(String part, ObjectNode run) {
        try {
            String today = LocalDate.now().toString();
            ObjectNode root = JSON.createObjectNode();
            if (Files.isRegularFile(FILE)) {
                ObjectNode old = (ObjectNode) JSON.readTree(FILE.toFile());
                if (today.equals(old.path("date").asText())) {
                    root = old;
                }
            }
            root.put("date", today);
            root.set(part, run);
            Files.createDirectories(FILE.getParent());
            JSON.writeValue(FILE.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
