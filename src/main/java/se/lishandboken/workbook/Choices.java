package se.lishandboken.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import se.lishandboken.config.ClassificationScale;

/**
 * The values each dropdown offers.
 *
 * @param values the allowed values per choice; an empty list gives no dropdown
 */
public record Choices(Map<Choice, List<String>> values) {

    public Choices {
        values = Map.copyOf(values);
    }

    /** The dropdowns of a register: its role and unit ids, the levels of {@code scale}, the fixed sets. */
    static Choices of(RegisterTrees trees, ClassificationScale scale) {
        Map<Choice, List<String>> values = new EnumMap<>(Choice.class);
        JsonNode organisation = trees.file("organisation.json");
        values.put(Choice.ROLES, ids(organisation == null ? null : organisation.path("roles")));
        values.put(Choice.UNITS, ids(organisation == null ? null : organisation.path("units")));
        values.put(Choice.LEVELS, scale.levels().keySet().stream().sorted().map(String::valueOf).toList());
        values.put(Choice.YES_NO, List.of(WorkbookText.get("yes"), WorkbookText.get("no")));
        for (Choice choice : Choice.values()) {
            if (choice.fixedValues() != null) {
                values.put(choice, choice.fixedValues());
            }
        }
        return new Choices(values);
    }

    private static List<String> ids(JsonNode records) {
        return records == null ? List.of() : StreamSupport.stream(records.spliterator(), false)
                .map(record -> record.path("id").asText()).filter(id -> !id.isEmpty()).toList();
    }

    List<String> of(Choice choice) {
        return values.getOrDefault(choice, List.of());
    }
}
