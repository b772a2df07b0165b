package se.lishandboken.workbook;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Role;
import se.lishandboken.register.Status;

/**
 * The values each dropdown offers.
 *
 * @param values the allowed values per choice; an empty list gives no dropdown
 */
public record Choices(Map<Choice, List<String>> values) {

    public Choices {
        values = Map.copyOf(values);
    }

    /** The dropdowns of a register: its role ids, the statuses, and the levels of {@code scale}. */
    public static Choices of(Organisation organisation, ClassificationScale scale) {
        Map<Choice, List<String>> values = new EnumMap<>(Choice.class);
        values.put(Choice.ROLES, organisation.roles().stream().map(Role::id).toList());
        values.put(Choice.ACTION_STATUSES, Arrays.stream(Status.values()).map(JsonNames::of).toList());
        values.put(Choice.FINDING_STATUSES, Arrays.stream(FindingStatus.values()).map(JsonNames::of).toList());
        values.put(Choice.LEVELS, scale.levels().keySet().stream().sorted().map(String::valueOf).toList());
        return new Choices(values);
    }

    List<String> of(Choice choice) {
        return values.getOrDefault(choice, List.of());
    }
}
