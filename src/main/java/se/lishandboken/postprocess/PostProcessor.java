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
        List<SearchEntry> index = new ArrayList<>();
        for (HtmlPage page : pages) {
            boolean stripped = InlineStyleRemover.strip(page);
            if (TableWrapper.wrap(page, tableLabel) | stripped) {
                HtmlPages.save(page);
            }
            index.addAll(SearchIndexWriter.entries(page));
        }
        SearchIndexWriter.write(site.outputDir(), index);

        List<Problem> problems = new ArrayList<>();
        for (HtmlPage page : pages) {
            problems.addAll(links.check(page));
            problems.addAll(guard.check(page));
        }
        problems.addAll(ExternalResourceGuard.checkStylesheets(site.outputDir()));
        return problems;
    }
}
