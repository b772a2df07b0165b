package se.lishandboken.register;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.nio.file.Path;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.Severity;

/**
 * One parsed data file with the line and column of every node, so a problem found in a record can
 * point at the very line the ISAM must change.
 *
 * @param kind which register file it is
 * @param path its path relative to the site folder, for messages
 * @param root the location-aware JSON tree
 */
record DataFile(DataKind kind, Path path, JsonNode root) {

    /** A problem at {@code pointer} (e.g. {@code /assets/3/owner}), with that node's line and column. */
    Problem error(String pointer, String key, Object... arguments) {
        return at(Severity.ERROR, pointer, key, arguments);
    }

    Problem warning(String pointer, String key, Object... arguments) {
        return at(Severity.WARNING, pointer, key, arguments);
    }

    private Problem at(Severity severity, String pointer, String key, Object... arguments) {
        Problem text = severity == Severity.ERROR ? ProblemText.error(path, 0, key, arguments) : ProblemText.warning(path, 0, key, arguments);
        JsonLocation location = locationOf(pointer);
        return new Problem(severity, path, location == null ? 0 : location.getLineNr(),
                location == null ? 0 : location.getColumnNr(), pointer.isEmpty() ? "/" : pointer, text.message(), text.hint());
    }

    /** The location of the deepest existing node on the way to {@code pointer}. */
    private JsonLocation locationOf(String pointer) {
        String at = pointer;
        while (true) {
            JsonNode node = root.at(at);
            if (!node.isMissingNode()) {
                return JsonNodes.tokenLocationOf(node);
            }
            if (at.isEmpty()) {
                return null;
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }
}
