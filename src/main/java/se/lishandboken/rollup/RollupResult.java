package se.lishandboken.rollup;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.problem.Problem;

/**
 * A finished roll-up.
 *
 * @param outputDir where it was written
 * @param organisations how many organisations it holds
 * @param reviews how many reviews (rows) it shows
 * @param failed the keys of the organisations whose input had errors
 * @param problems every problem, each naming its file
 */
public record RollupResult(Path outputDir, int organisations, int reviews, List<String> failed, List<Problem> problems) {

    public RollupResult {
        failed = List.copyOf(failed);
        problems = List.copyOf(problems);
    }

    public boolean anyFailed() {
        return !failed.isEmpty();
    }
}
