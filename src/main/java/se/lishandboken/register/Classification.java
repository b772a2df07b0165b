package se.lishandboken.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One dated information classification of an asset or a process.
 *
 * @param date when it was decided
 * @param levels the level per aspect, e.g. K=2, R=2, T=1 (aspects and levels come from configuration)
 * @param method e.g. "KLASSA"
 * @param classifiedBy the role that led it
 * @param note a comment, or null
 */
public record Classification(LocalDate date, Map<String, Integer> levels, String method, String classifiedBy, String note) {

    public Classification {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

}
