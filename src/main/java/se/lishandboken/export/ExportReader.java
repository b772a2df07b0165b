package se.lishandboken.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.Severity;

/**
 * Reads a published review ({@code 2024.data.json}) and checks it against the format's schema, the copy
 * shipped with lis. One file at a time: nothing is kept between calls but the schema.
 */
public final class ExportReader {
    private static final String SCHEMA_RESOURCE = "lis/schema/review-export.schema.json";
    private static final JsonSchema SCHEMA = load();

    /**
     * A file read: its review, or what is wrong with it.
     *
     * @param review the review; null if the file has errors
     * @param problems its errors, each with the file and a line or JSON pointer; empty if it was read
     */
    public record Result(ExportedReview review, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isRead() {
            return review != null;
        }
    }

    private ExportReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param shown the file's path as messages name it
     */
    public static Result read(Path file, Path shown) {
        JsonNode root;
        try {
            root = ReviewExports.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            Problem text = ProblemText.error(shown, 0, "rollup.data.malformed",
                    se.lishandboken.problem.Excerpt.inParserMessage(e.getOriginalMessage()));
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return failed(new Problem(Severity.ERROR, shown, line, column, null, text.message(), text.hint()));
        } catch (IOException e) {
            return failed(ProblemText.error(shown, 0, "rollup.data.unreadable", e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            return failed(ProblemText.error(shown, 0, "rollup.data.not-object"));
        }
        JsonNode format = root.path("format");
        if (!format.isInt() || format.asInt() != ExportedReview.FORMAT) {
            Problem problem = ProblemText.error(shown, 0, "rollup.data.format", format.isMissingNode() ? "–" : format.toString(),
                    ExportedReview.FORMAT);
            return failed(atPointer(problem, "/format"));
        }
        List<Problem> problems = SCHEMA.validate(root).stream()
                .sorted(Comparator.comparing(message -> message.getInstanceLocation().toString()))
                .map(message -> problem(shown, message))
                .toList();
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        try {
            return new Result(ReviewExports.MAPPER.treeToValue(root, ExportedReview.class), List.of());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return failed(ProblemText.error(shown, 0, "rollup.data.invalid", "", e.getMessage()));
        }
    }

    private static Result failed(Problem problem) {
        return new Result(null, List.of(problem));
    }

    private static Problem problem(Path shown, ValidationMessage message) {
        JsonNode value = message.getInstanceNode();
        String quoted = value == null || value.isContainerNode() ? "" : ": " + value;
        return atPointer(ProblemText.error(shown, 0, "rollup.data.invalid", quoted, message.getMessage()),
                message.getInstanceLocation().toString());
    }

    private static Problem atPointer(Problem problem, String pointer) {
        return new Problem(problem.severity(), problem.file(), 0, 0, pointer.isEmpty() ? "/" : pointer, problem.message(), problem.hint());
    }

    private static JsonSchema load() {
        try (InputStream in = ExportReader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + SCHEMA_RESOURCE);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                    .locale(Locale.forLanguageTag("sv")).formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
