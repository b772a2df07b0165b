package se.lishandboken.postprocess;

import java.util.ArrayList;
import java.util.List;
import se.lishandboken.problem.Problem;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.UiBundle;

/** Runs the jsoup passes over a baked site and returns every problem they find. */
public final class PostProcessor {

    private PostProcessor() {
    }

    /**
     * Checks links and external resources, strips inline styles and writes the search index.
     *
     * @return the problems found; empty if the site is fine
     */
    public static List<Problem> run(BakedSite site) {
        List<HtmlPage> pages = HtmlPages.load(site);
        LinkChecker links = new LinkChecker(site.outputDir(), site.config().siteDir(), pages);
        ExternalResourceGuard guard = new ExternalResourceGuard(site.config().siteDir());
        String tableLabel = UiBundle.load(site.config()).getString("table.region.label");
        // Each pass touches only its own page, so pages run in parallel; results keep the page order.
        List<SearchEntry> index = pages.parallelStream().flatMap(page -> {
            boolean stripped = InlineStyleRemover.strip(page);
            if (TableWrapper.wrap(page, tableLabel) | stripped) {
                HtmlPages.save(page);
            }
            return SearchIndexWriter.entries(page).stream();
        }).toList();
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
