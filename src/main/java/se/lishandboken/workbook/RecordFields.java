package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sets one field of a record to the value read from a cell, changing nothing that need not change: an
 * empty cell where the file has no value, an empty list or an empty text leaves the file as it is, and so
 * does a number written differently ({@code 2} and {@code 2.0}). References the workbook could not show,
 * because the edition leaves their records out, are kept.
 */
final class RecordFields {
    private final Set<String> hidden;

    /** @param hidden the ids the workbook's edition left out */
    RecordFields(Set<String> hidden) {
        this.hidden = hidden;
    }

    /**
     * Sets {@code field} in {@code record} to {@code value}; null clears it.
     *
     * @return whether the record changed
     */
    boolean set(ObjectNode record, Field field, JsonNode value) {
        String[] steps = field.path().split("/");
        JsonNode existing = record.at("/" + field.path());
        JsonNode wanted = withHiddenKept(field, existing, value);
        if (same(existing, wanted)) {
            return false;
        }
        if (wanted == null) {
            remove(record, steps);
            return true;
        }
        ObjectNode holder = record;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = holder.get(steps[i]);
            holder = next instanceof ObjectNode object ? object : holder.putObject(steps[i]);
        }
        holder.set(steps[steps.length - 1], wanted);
        return true;
    }

    private JsonNode withHiddenKept(Field field, JsonNode existing, JsonNode value) {
        if (hidden.isEmpty()) {
            return value;
        }
        if (field.codec() == Codec.ID && value == null && hidden.contains(existing.asText())) {
            return existing;
        }
        if (field.codec() != Codec.ID_LIST || !existing.isArray()) {
            return value;
        }
        List<JsonNode> shown = new ArrayList<>();
        List<JsonNode> kept = new ArrayList<>();
        existing.forEach(id -> (hidden.contains(id.asText()) ? kept : shown).add(id));
        List<JsonNode> typed = new ArrayList<>();
        if (value != null) {
            value.forEach(typed::add);
        }
        if (kept.isEmpty() || typed.equals(shown)) {
            return kept.isEmpty() ? value : existing;
        }
        ArrayNode merged = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        merged.addAll(typed);
        merged.addAll(kept);
        return merged;
    }

    private static void remove(ObjectNode record, String[] steps) {
        List<ObjectNode> holders = new ArrayList<>(List.of(record));
        for (int i = 0; i < steps.length - 1; i++) {
            if (!(holders.get(i).get(steps[i]) instanceof ObjectNode next)) {
                return;
            }
            holders.add(next);
        }
        holders.get(steps.length - 1).remove(steps[steps.length - 1]);
        for (int i = steps.length - 2; i >= 0 && holders.get(i + 1).isEmpty(); i--) {
            holders.get(i).remove(steps[i]);
        }
    }

    /** Whether the file's value and the cell's value are the same data. */
    static boolean same(JsonNode existing, JsonNode wanted) {
        if (isEmpty(existing) || wanted == null) {
            return isEmpty(existing) && wanted == null;
        }
        return existing.equals((a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue())
                : a.equals(b) ? 0 : 1, wanted);
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isContainerNode() && value.isEmpty();
    }
}
