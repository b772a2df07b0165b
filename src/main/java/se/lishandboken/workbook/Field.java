package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * One column of a sheet and the value it holds in a record.
 *
 * @param header the Swedish header
 * @param path where the value is in the record, e.g. {@code owner} or {@code agreement/status}
 * @param codec how cell and value translate
 * @param choice the dropdown the column offers; null for none
 * @param derived for a column that shows a value worked out from others (an action's current status):
 *                how; null for a column that holds the value itself. Import never writes a derived column.
 */
record Field(String header, String path, Codec codec, Choice choice, Function<JsonNode, JsonNode> derived) {

    Field withHeader(String text) {
        return new Field(text, path, codec, choice, derived);
    }

    boolean isDerived() {
        return derived != null;
    }

    /** The value in {@code record}; a missing node if it has none. */
    JsonNode valueIn(JsonNode record) {
        return derived != null ? derived.apply(record) : record.at("/" + path);
    }
}
