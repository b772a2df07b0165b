package se.lishandboken.register;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year's incidents.
 *
 * @param byCategory the number per category
 * @param reportedInIA how many were reported in the incident system (IA)
 * @param followedUp how many were followed up
 */
public record IncidentMetrics(Map<String, Integer> byCategory, int reportedInIA, int followedUp) {

    public IncidentMetrics {
        byCategory = byCategory == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    public int total() {
        return byCategory.values().stream().mapToInt(Integer::intValue).sum();
    }
}
