package se.lishandboken.site;

import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.problem.ProblemLog;
import se.lishandboken.register.Register;

/** Bakes the handbook's content and templates into HTML with an embedded JBake. */
public final class SiteBaker {

    private SiteBaker() {
    }

    /**
     * Bakes the site into {@code destination}, which should be a fresh folder that is not yet live.
     * The register given is the one the site shows: pass the intranet edition for the employee site.
     *
     * @return the baked site, with the warnings found
     * @throws se.lishandboken.problem.BuildFailedException with every problem found, if any is an error
     */
    public static synchronized BakedSite bake(SiteConfig config, Register register, BuildInfo build, SiteHistory history,
            Path destination) {
        ProblemLog problems = new ProblemLog();
        DefaultJBakeConfiguration jbake = JBakeSetup.configure(config, destination);
        problems.addAll(TemplateCheck.missingTemplates(jbake));
        problems.addAll(SourceCheck.check(config));
        problems.throwIfErrors();

        BakeSession session = new BakeSession(config, register, build, history, jbake, problems);
        jbake.setProperty(BakeSession.CONFIG_KEY, session);
        session.useCache(ConversionCache.forSite(config, build.date()));
        session.preconvert();
        Oven oven = new Oven(jbake);
        oven.bake();
        session.endPreconversion();
        if (!problems.hasErrors()) {
            // Template problems are already reported with their line; these are the rest.
            oven.getErrors().forEach(error -> problems.add(ProblemText.error(null, 0, "jbake.error",
                    String.valueOf(error.getMessage()).lines().findFirst().orElse(""))));
        }
        List<Page> pages = session.catalog().pages();
        pages.stream()
                // A past management review is an archived record, not a page that goes stale.
                .filter(page -> page.review() == null && page.control().isOverdue(build.date()))
                .forEach(page -> problems.add(ProblemText.warning(page.source(), 0, "page.overdue", page.control().nextReview().toString())));
        pages.stream()
                .filter(page -> "page".equals(page.type()) && !page.control().isPresent())
                .forEach(page -> problems.add(ProblemText.warning(page.source(), 1, "page.document-control.missing")));
        problems.throwIfErrors();
        SiteAssets.write(config, destination);
        RegisterView view = session.registerView();
        if (view.csvUrl() != null) {
            AssetCsv.write(view, session.ui(), destination.resolve(view.csvUrl()));
        }
        return new BakedSite(destination, config, build, pages, problems.warnings(), new PageRefresher(session, jbake));
    }
}
