package se.lishandboken.pipeline;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.PageRefresher;

/**
 * What the stages after the bake work on: a whole baked site, or the pages {@code lis serve} re-rendered
 * for a live one.
 *
 * @param outputDir the folder the site is in: a build's staging folder, or serve's live output folder
 * @param config the site's configuration
 * @param build the stamp of the build the pages belong to
 * @param pages every page of the site, as the catalog now has them
 * @param history what git knew when the site was built
 * @param site the whole baked site; null when only {@code refreshed} pages are handled
 * @param refreshed the re-rendered pages, not yet written; null for a whole site
 * @param pending for re-rendered pages, the files that replace live ones once every stage has passed
 */
public record StageScope(Path outputDir, SiteConfig config, BuildInfo build, List<Page> pages, SiteHistory history,
        BakedSite site, List<PageRefresher.Refreshed> refreshed, PendingFiles pending) {

    /** Every page of a site baked into {@code site.outputDir()}. */
    static StageScope whole(BakedSite site, SiteHistory history) {
        return new StageScope(site.outputDir(), site.config(), site.build(), site.pages(), history, site, null, null);
    }

    /** The pages re-rendered into the live site in {@code outputDir} of the build {@code live}. */
    public static StageScope refreshed(Path outputDir, SiteConfig config, BuildResult live, List<Page> pages,
            List<PageRefresher.Refreshed> refreshed) {
        return new StageScope(outputDir, config, live.stamp(), pages, live.history(), null, List.copyOf(refreshed), new PendingFiles());
    }

    public boolean isWhole() {
        return refreshed == null;
    }

    /** Where a stage writes the file {@code uri} of the site: in place in a staging folder, else beside the live file. */
    Path target(String uri) {
        Path file = outputDir.resolve(uri);
        return isWhole() ? file : pending.beside(file);
    }
}
