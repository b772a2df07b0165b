package se.lishandboken.postprocess;

import java.util.ArrayList;
import java.util.List;
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
        List<HtmlPage> pages = HtmlPages.load(site);
        LinkChecker links = new LinkChecker(site.outputDir(), site.config().siteDir(), pages);
        ExternalResourceGuard guard = new ExternalResourceGuard(site.config().siteDir());
        // Pages are independent, so they run in parallel; results keep the page order.
        List<SearchEntry> index = pages.parallelStream().flatMap(page -> SearchIndexWriter.entries(page).stream()).toList();
        SearchIndexWriter.write(site.outputDir(), index);

        // The checks only read the pages, now that every page is final.
        List<Problem> problems = new ArrayList<>(pages.parallelStream().flatMap(page -> {
            List<Problem> found = new ArrayList<>(links.check(page));
            found.addAll(guard.check(page));
            return found.stream();
        }).toList());
        problems.addAll(ExternalResourceGuard.checkStylesheets(site.outputDir()));
        return problems;
    }
}
