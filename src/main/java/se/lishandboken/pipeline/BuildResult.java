package se.lishandboken.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import se.lishandboken.problem.Problem;

/**
 * A successful build.
 *
 * @param pages the number of content pages
 * @param warnings problems that did not stop the build
 * @param outputDir where the site now is
 * @param elapsed how long it took
 * @param times how long each stage took
 * @param stamp the build's stamp: version, commit, time
 * @param history what git knew when the site was built
 * @param conversions how many pages came from the conversion cache and how many were converted
 * @param refresher re-renders a single edited page into this build's output (lis serve's fast path)
 */
public record BuildResult(int pages, List<Problem> warnings, Path outputDir, Duration elapsed, StageTimes times,
        se.lishandboken.page.BuildInfo stamp, se.lishandboken.history.SiteHistory history,
        se.lishandboken.site.engine.ConversionCount conversions,
        se.lishandboken.site.PageRefresher refresher) {
}
