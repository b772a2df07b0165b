package se.lishandboken.postprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.lishandboken.problem.Problem;
import se.lishandboken.site.BakedSite;

/** Runs the jsoup passes over a baked site and returns every problem they find. */
public final class PostProcessor {

    private PostProcessor() {
    }

    /**
     * Checks links and external resources and writes the search index. The pages are only read.
     *
     * @return the problems found; empty if the site is fine
     */
    public static List<Problem> run(BakedSite site) {
        return process(site).problems();
    }

    /**
     * Does what {@link #run} does, and tells how many pages were parsed. A page whose HTML file is the
     * same as in an earlier build is not parsed again: its links, anchors, guard findings and search
     * entries come from the cache in {@code .lis/cache/} (the intranet edition's only). Its links are
     * still checked against the pages and anchors of this build.
     *
     * @return the problems found, and how many pages were parsed and how many taken from the cache
     */
    public static PostProcessed process(BakedSite site) {
        FactsCache cache = FactsCache.open(site);
        List<SitePage> pages = SitePages.load(site, cache);
        cache.save(pages.stream().map(SitePage::key).toList());
        SearchIndexWriter.write(site.outputDir(), pages.stream().flatMap(page -> page.facts().search().stream()).toList());

        LinkChecker links = new LinkChecker(site.outputDir(), site.config().siteDir(),
                pages.stream().collect(Collectors.toMap(SitePage::uri, page -> page.facts().anchors())));
        ExternalResourceGuard guard = new ExternalResourceGuard(site.config().siteDir());
        // Pages are independent, so they run in parallel; results keep the page order.
        List<Problem> problems = new ArrayList<>(pages.parallelStream().flatMap(page -> {
            List<Problem> found = new ArrayList<>(links.check(page.uri(), page.page(), page.facts().links()));
            found.addAll(guard.problems(page.uri(), page.page(), page.facts().findings()));
            return found.stream();
        }).toList());
        problems.addAll(ExternalResourceGuard.checkStylesheets(site.outputDir()));
        int reused = (int) pages.stream().filter(SitePage::reused).count();
        return new PostProcessed(problems, reused, pages.size() - reused);
    }
}
