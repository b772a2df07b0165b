package se.lishandboken.site.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.model.DocumentModel;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Page;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.seal.SealCheck;
import se.lishandboken.view.AccessibilityResults;
import se.lishandboken.view.AccessibilityStatement;
import se.lishandboken.view.ChangesView;
import se.lishandboken.view.EditionDifference;
import se.lishandboken.view.NavTree;
import se.lishandboken.view.NavView;
import se.lishandboken.view.ReviewFigures;
import se.lishandboken.view.ReviewView;

/** The model each template sees: one page, and the bake's shared navigation, configuration and stamp. */
final class TemplateData {

    private TemplateData() {
    }

    static Map<String, Object> forPage(BakeSession session, DocumentModel content) {
        NavTree navigation = session.catalog().navigation();
        Page page = session.catalog().page(content.getUri()).orElse(null);
        String uri = content.getUri();
        Map<String, Object> model = new HashMap<>();
        model.put("content", content);
        model.put("page", page);
        model.put("root", page == null ? "" : page.rootPath());
        model.put("nav", new NavView(navigation, uri));
        model.put("breadcrumbs", page == null ? List.of() : navigation.breadcrumbs(uri));
        model.put("site", session.config());
        model.put("build", session.build());
        model.put("overdue", page != null && page.control().isOverdue(session.build().date()));
        model.put("reg", session.registerView());
        model.put("history", page == null ? List.of() : session.history().of(page.source().toString()));
        if (ChangesView.PAGE_TYPE.equals(content.getType())) {
            // Only the news page shows it; building it for every page would make a bake quadratic.
            model.put("changes", session.history().changesSinceRelease()
                    .map(changes -> ChangesView.of(changes, session.catalog().pages())).orElse(null));
        }
        if (page != null && page.review() != null) {
            SealCheck.Outcome figures = reviewFigures(session, page);
            model.put("review", ReviewView.of(page, figures.review(), figures.sealed(), session.ui(), session.registerView().charts()));
            model.put("editionDifferences", EditionDifference.between(figures.review(), intranetFigures(session, page)));
        }
        if (se.lishandboken.view.SoaView.PAGE_TYPE.equals(content.getType())) {
            model.put("soa", se.lishandboken.view.SoaView.of(session.register(), session.catalog().pages()));
        }
        model.put("showsRegister", RegisterPages.shows(content));
        model.put("reviews", session.catalog().reviews());
        session.catalog().searchPage().ifPresent(search -> model.put("searchUri", search.uri()));
        session.catalog().accessibilityPage().ifPresent(statement -> model.put("accessibilityUri", statement.uri()));
        if (AccessibilityStatement.PAGE_TYPE.equals(content.getType())) {
            model.put("accessibility", accessibility(session));
        }
        model.put("cycle", session.cycleView());
        Object roleId = content.get(GeneratedPage.ROLE_ID);
        if (roleId != null) {
            model.put("role", session.cycleView().role(roleId.toString()).orElseThrow());
        }
        Object assetId = content.get(GeneratedPage.ASSET_ID);
        if (assetId != null) {
            model.put("asset", session.register().asset(assetId.toString()).orElseThrow());
        }
        return model;
    }

    /** The accessibility statement, from the configuration and the site's latest evaluation, if it can be read. */
    private static AccessibilityStatement accessibility(BakeSession session) {
        SiteConfig config = session.config();
        Path file = config.dataDir().resolve(AccessibilityResults.FILE);
        Optional<AccessibilityResults> results;
        try {
            results = AccessibilityResults.read(file);
        } catch (IOException e) {
            session.reportOnce(ProblemText.warning(config.relative(file), 0, "accessibility.results.invalid",
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                            ? se.lishandboken.problem.Excerpt.inParserMessage(json.getOriginalMessage()) : e.getClass().getSimpleName()));
            results = Optional.empty();
        }
        return AccessibilityStatement.of(config, results, session.build().date());
    }

    /**
     * The intranet edition's figures of {@code page}, when this bake is the management edition: what its
     * readers are told differs. Null in the intranet edition. Any problem with them the intranet build reports.
     */
    private static se.lishandboken.review.Review intranetFigures(BakeSession session, Page page) {
        if (!session.build().isManagementEdition()) {
            return null;
        }
        se.lishandboken.register.Register intranet = session.register().forIntranet();
        if (!session.usesSeals()) {
            return ReviewFigures.compute(intranet, page, session.catalog().pages(), session.config().classification().reclassificationMonths());
        }
        return ReviewFigures.shown(intranet, page, session.catalog().pages(), session.config(), se.lishandboken.register.Visibility.INTRANET)
                .review();
    }

    /** What {@code page} shows in this bake, with any problem with its seal reported to the session. */
    private static SealCheck.Outcome reviewFigures(BakeSession session, Page page) {
        if (!session.usesSeals()) {
            return new SealCheck.Outcome(ReviewFigures.compute(session.register(), page, session.catalog().pages(),
                    session.config().classification().reclassificationMonths()), false, List.of());
        }
        SealCheck.Outcome outcome = ReviewFigures.shown(session.register(), page, session.catalog().pages(), session.config(),
                session.build().audience());
        outcome.problems().forEach(session::reportOnce);
        return outcome;
    }
}
