package se.lishandboken.workbook;

import java.util.Arrays;
import java.util.List;
import se.lishandboken.register.ActionSource;
import se.lishandboken.register.Agreement;
import se.lishandboken.register.Evidence;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.Recurrence;
import se.lishandboken.register.Status;
import se.lishandboken.register.Treatment;
import se.lishandboken.register.Visibility;

/** A list of allowed values that a column offers as a dropdown: from the register's data, or a fixed set. */
public enum Choice {
    /** The role ids of the organisation. */
    ROLES,
    /** The unit ids of the organisation. */
    UNITS,
    /** The levels of the configured classification scale. */
    LEVELS,
    /** Ja or nej. */
    YES_NO,
    ACTION_STATUSES(Status.class),
    FINDING_STATUSES(FindingStatus.class),
    VISIBILITY(Visibility.class),
    ACTION_SOURCES(ActionSource.Type.class),
    FINDING_SOURCES(Finding.Source.class),
    FINDING_KINDS(Finding.Kind.class),
    TREATMENTS(Treatment.Decision.class),
    AGREEMENTS(Agreement.Status.class),
    RECURRENCES(Recurrence.class),
    EVIDENCE(Evidence.class),
    ACCESS_REVIEW_RESULTS("utan-avvikelse", "avvikelser-atgardade", "avvikelser-kvar");

    private final List<String> fixed;

    Choice() {
        fixed = null;
    }

    Choice(Class<? extends Enum<?>> values) {
        fixed = Arrays.stream(values.getEnumConstants()).map(JsonNames::of).toList();
    }

    Choice(String... values) {
        fixed = List.of(values);
    }

    /** The values as the data files write them; null for a choice that comes from the register's data. */
    List<String> fixedValues() {
        return fixed;
    }
}
