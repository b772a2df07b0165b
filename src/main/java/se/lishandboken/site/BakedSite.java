package se.lishandboken.site;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.site.engine.ConversionCount;

/**
 * A finished bake in a folder that is not yet live.
 *
 * @param outputDir where the HTML was written
 * @param config the configuration it was baked with
 * @param build the build stamp
 * @param pages every content page, in uri order
 * @param warnings problems that did not stop the bake, e.g. pages past their review date
 * @param conversions how many pages came from the conversion cache and how many were converted
 * @param refresher re-renders a single edited page with this bake's session (lis serve)
 */
public record BakedSite(Path outputDir, SiteConfig config, BuildInfo build, List<Page> pages, List<Problem> warnings,
        ConversionCount conversions, PageRefresher refresher) {

    public BakedSite {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
