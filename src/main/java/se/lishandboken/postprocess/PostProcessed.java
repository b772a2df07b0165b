package se.lishandboken.postprocess;

import java.util.List;
import se.lishandboken.problem.Problem;

/**
 * What post-processing a baked site found, and how it came by each page's links, anchors and search entries.
 *
 * @param problems the problems found; empty if the site is fine
 * @param reused HTML files whose facts came from the post-processing cache, unparsed
 * @param parsed HTML files parsed in this build
 */
public record PostProcessed(List<Problem> problems, int reused, int parsed) {

    public PostProcessed {
        problems = List.copyOf(problems);
    }
}
