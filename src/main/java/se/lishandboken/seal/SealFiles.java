package se.lishandboken.seal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.Severity;
import se.lishandboken.register.Register;
import se.lishandboken.review.Review;

/** Reads and writes seal files, and computes the checksum of a register view. */
public final class SealFiles {
    /** The ending that makes a file beside a review page its seal: {@code 2024.adoc} has {@code 2024.review.json}. */
    public static final String SUFFIX = ".review.json";
    /** The seal's {@code $schema}, from a review page two folders below the site folder (content/granskning/). */
    static final String SCHEMA_NAME = "review-seal.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A review serialises what it derives too (a risk's "treated", an action's "open"); reading skips them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SealFiles() {
    }

    /** The seal file of a review page: beside it, with {@link #SUFFIX} instead of the page's extension. */
    public static Path of(Path page) {
        String name = page.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return page.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /** Whether {@code file} is a seal, which is data for the build and never published as it is. */
    public static boolean isSeal(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /**
     * Reads the seal at {@code file}.
     *
     * @param shown the file's path as messages name it
     * @return empty if there is no such file
     * @throws BuildFailedException if it is not a readable seal
     */
    public static Optional<ReviewSeal> read(Path file, Path shown) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ReviewSeal seal = MAPPER.readValue(file.toFile(), ReviewSeal.class);
            if (seal.sealVersion() != ReviewSeal.VERSION) {
                throw new BuildFailedException(List.of(ProblemText.error(shown, 0, "review.seal.version", seal.sealVersion(),
                        ReviewSeal.VERSION)));
            }
            return Optional.of(seal);
        } catch (JsonProcessingException e) {
            Problem text = ProblemText.error(shown, 0, "review.seal.malformed", se.lishandboken.problem.Excerpt.inParserMessage(e.getOriginalMessage()));
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new BuildFailedException(List.of(new Problem(Severity.ERROR, shown, line, column, null, text.message(), text.hint())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code seal} to {@code file}, which must not exist yet: an approved review is sealed once. */
    public static void write(Path file, ReviewSeal seal) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(seal) + "\n", java.nio.file.StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema reference a seal at {@code file} writes, relative to it, so editors find data/schema. */
    public static String schemaReference(Path siteDir, Path file) {
        Path schema = siteDir.resolve("data/schema").resolve(SCHEMA_NAME);
        return file.toAbsolutePath().getParent().relativize(schema.toAbsolutePath()).toString().replace('\\', '/');
    }

    /** {@code sha256:} and the digest of the register view as JSON: it changes when any record the review saw changes. */
    public static String checksum(Register view) {
        try {
            return "sha256:" + se.lishandboken.files.Sha256.hex(MAPPER.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A register serialises to JSON", e);
        }
    }

    /** A review as a JSON tree, the form in which a seal and a new computation are compared. */
    static JsonNode tree(Review review) {
        return MAPPER.valueToTree(review);
    }
}
