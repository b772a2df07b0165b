package se.lishandboken.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.problem.ProblemLog;
import se.lishandboken.register.Register;
import se.lishandboken.site.engine.AsciidoctorRuntime;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.site.engine.ConversionCache;
import se.lishandboken.site.engine.DocumentReader;
import se.lishandboken.site.engine.DocumentWriter;
import se.lishandboken.site.engine.JBakeSetup;
import se.lishandboken.site.engine.TemplateCheck;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.source.SourceCheck;
import se.lishandboken.view.RegisterView;

/**
 * Bakes the handbook's content and templates into HTML: reads every page (in parallel), then renders
 * every page and asset page with its template (in parallel), then copies the static files.
 *
 * <p>JBake's configuration, document model and engine interfaces are kept, so a site's
 * {@code jbake.properties}, page headers and templates work as in JBake; its {@code Oven} and content
 * store are not used.
 */
public final class SiteBaker {

    private SiteBaker() {
    }

    /**
     * Starts Asciidoctor in the background if a bake on {@code date} will convert any page, so that
     * JRuby's few seconds of start-up overlap with the stages before the bake. When every page is in
     * the conversion cache, JRuby is not started at all.
     */
    public static void warmUp(SiteConfig config, java.time.LocalDate date) {
        try {
            ConversionCache cache = ConversionCache.forSite(config, date);
            ContentFiles content = ContentFiles.in(config.contentDir(), JBakeSetup.configure(config, config.siteDir()).getIgnoreFileName());
            if (content.pages().stream().anyMatch(page -> !cache.slot(page).isFilled())) {
                AsciidoctorRuntime.startInBackground();
            }
        } catch (RuntimeException e) {
            // Only a head start: the bake itself reports whatever is wrong with the content folder.
        }
    }

    /**
     * Bakes the site into {@code destination}, which should be a fresh folder that is not yet live.
     * The register given is the one the site shows: pass the intranet edition for the employee site.
     *
     * @return the baked site, with the warnings found
     * @throws se.lishandboken.problem.BuildFailedException with every problem found, if any is an error
     */
    public static BakedSite bake(SiteConfig config, Register register, BuildInfo build, SiteHistory history, Path destination) {
        return bake(config, register, build, history, destination, true);
    }

    /**
     * Bakes as {@link #bake(SiteConfig, Register, BuildInfo, SiteHistory, Path)} does; with {@code usesSeals}
     * false, approved reviews show the figures computed now instead of their seals (to seal them).
     */
    public static synchronized BakedSite bake(SiteConfig config, Register register, BuildInfo build, SiteHistory history,
            Path destination, boolean usesSeals) {
        ProblemLog problems = new ProblemLog();
        DefaultJBakeConfiguration jbake = JBakeSetup.configure(config, destination);
        problems.addAll(TemplateCheck.missingTemplates(jbake));
        problems.addAll(SourceCheck.check(config));
        problems.throwIfErrors();

        BakeSession session = new BakeSession(config, register, build, history, jbake, problems, usesSeals);
        session.useCache(ConversionCache.forSite(config, build.date()));
        ContentFiles content = ContentFiles.in(config.contentDir(), jbake.getIgnoreFileName());
        List<DocumentModel> documents = new ArrayList<>(new DocumentReader(session, jbake).readAll(content.pages()));
        // A page of an unknown type has been reported; it has no template to render with.
        documents.removeIf(document -> !session.isKnownType(document.getType()));
        documents.addAll(AssetPages.documents(session));
        documents.addAll(CyclePages.documents(session));
        new DocumentWriter(session, jbake).writeAll(documents, destination);
        StaticFiles.copy(session, jbake, content, destination);
        List<Page> pages = session.catalog().pages();
        pages.forEach(page -> problems.addAll(page.warnings(build.date())));
        problems.addAll(se.lishandboken.view.ControlCoverage.problems(register, pages, config.siteDir()));
        problems.throwIfErrors();
        SiteAssets.write(config, destination);
        RegisterView view = session.registerView();
        if (view.csvUrl() != null) {
            AssetCsv.write(view, session.ui(), destination.resolve(view.csvUrl()));
        }
        CycleFeeds.write(session, destination);
        for (Page page : pages.stream().filter(p -> se.lishandboken.view.SoaView.PAGE_TYPE.equals(p.type())).toList()) {
            SoaCsv.write(se.lishandboken.view.SoaView.of(register, pages), session.ui(),
                    destination.resolve(page.uri().substring(0, page.uri().lastIndexOf('.')) + ".csv"));
        }
        ReviewDataFiles.write(config, register, build, pages, usesSeals, destination);
        return new BakedSite(destination, config, build, pages, problems.warnings(), session.conversions(),
                new PageRefresher(session, jbake));
    }
}
