package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonAlias;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year's incidents.
 *
 * @param byCategory the number per category
 * @param reportedInIncidentSystem how many were reported in the organisation's incident system; read from the
 *     deprecated {@code reportedInIA} too
 * @param followedUp how many were followed up
 */
public record IncidentMetrics(Map<String, Integer> byCategory,
        @JsonAlias(IncidentMetrics.DEPRECATED_REPORTED) int reportedInIncidentSystem, int followedUp) {
    /** The former name of {@code reportedInIncidentSystem}, named after one organisation's system; still read, with a warning. */
    public static final String DEPRECATED_REPORTED = "reportedInIA";

    public IncidentMetrics {
        byCategory = byCategory == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    public int total() {
        return byCategory.values().stream().mapToInt(Integer::intValue).sum();
    }
}
