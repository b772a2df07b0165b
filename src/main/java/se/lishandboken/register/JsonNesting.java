package se.lishandboken.register;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * How deep a data file's arrays and objects may nest: as deep as Jackson reads by default. Jackson refuses
 * deeper input without saying where; this finds the line and column where the limit is passed.
 */
final class JsonNesting {
    /** The deepest nesting Jackson reads by default (1,000 levels). */
    static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;
    private static final JsonFactory UNLIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private JsonNesting() {
    }

    /**
     * The problem with {@code file} if it nests deeper than {@link #MAX_DEPTH}, at the bracket that goes too deep.
     *
     * @return the problem; empty if the file nests no deeper, or is not JSON (which the parser reports)
     */
    static Optional<Problem> problem(Path file, Path shown) {
        try (JsonParser parser = UNLIMITED.createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    JsonLocation at = parser.currentTokenLocation();
                    Problem text = ProblemText.error(shown, 0, "data.json.too-deep", MAX_DEPTH);
                    return Optional.of(new Problem(text.severity(), shown, at.getLineNr(), at.getColumnNr(), null,
                            text.message(), text.hint()));
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
