package se.lishandboken.rollup;

import java.util.List;
import se.lishandboken.problem.Problem;

/**
 * What was read of one organisation.
 *
 * @param source where it was read from
 * @param name its name, from its reviews; the configuration's key if none could be read
 * @param label its short name, or the name
 * @param rows its reviews, one per year, oldest first
 * @param problems what was wrong with its input; the reviews read are shown all the same
 */
public record OrgResult(OrgSource source, String name, String label, List<RollupRow> rows, List<Problem> problems) {

    public OrgResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public String key() {
        return source.key();
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    /** The latest review, or null if none was read. */
    public RollupRow latest() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }
}
