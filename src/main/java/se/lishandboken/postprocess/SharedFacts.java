package se.lishandboken.postprocess;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one copy of what many pages have alike: the asset pages of one folder have the same links
 * (navigation, breadcrumbs, styles) and the same anchors, so 100,000 of them hold one list of each,
 * not 100,000 equal ones. Each page's search entries are its own and are kept as they are.
 */
final class SharedFacts {
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    /** {@code facts}, with its links, anchors and guard findings replaced by an equal copy seen before, if any. */
    PageFacts of(PageFacts facts) {
        return new PageFacts(shared(facts.links()), shared(facts.anchors()), shared(facts.findings()), facts.search());
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return (T) shared.computeIfAbsent(value, first -> first);
    }
}
