package se.lishandboken.config;

import java.util.Map;

/**
 * The information classification scale: which aspects are assessed and what the levels are called.
 *
 * @param aspects code to name, in display order, e.g. K = Konfidentialitet
 * @param levels level to name, lowest first, e.g. 1 = Måttlig skada
 * @param reclassificationMonths the default interval between classifications
 */
public record ClassificationScale(Map<String, String> aspects, Map<Integer, String> levels, int reclassificationMonths) {

    public ClassificationScale {
        aspects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aspects));
        levels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(levels));
    }

    public boolean hasAspect(String code) {
        return aspects.containsKey(code);
    }

    public boolean hasLevel(int level) {
        return levels.containsKey(level);
    }
}
