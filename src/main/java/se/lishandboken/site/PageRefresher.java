package se.lishandboken.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.site.engine.DocumentReader;
import se.lishandboken.site.engine.DocumentWriter;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.view.CycleView;
import se.lishandboken.view.RegisterView;

/**
 * lis serve's fast path. After a full bake it keeps the bake's session, warm Asciidoctor and
 * templates, and re-renders one edited page, as long as nothing other pages show of it changed:
 * its title, navigation entry, type, description, document control and review header. Anything
 * else (a new page, a renamed one, a changed title) needs a full build.
 */
public final class PageRefresher {
    private final BakeSession session;
    private final DocumentReader reader;
    private final DocumentWriter writer;

    PageRefresher(BakeSession session, DefaultJBakeConfiguration jbake) {
        this.session = session;
        this.reader = new DocumentReader(session, jbake);
        this.writer = new DocumentWriter(session, jbake);
    }

    /**
     * A re-rendered page.
     *
     * @param page the page as read now
     * @param html the rendered page, before the post-processing passes
     * @param problems what converting and rendering it reported
     */
    public record Refreshed(Page page, String html, List<Problem> problems) {
    }

    /** Every page of the site as the catalog has it now. */
    public List<Page> pages() {
        return session.catalog().pages();
    }

    /** The page from {@code file} re-rendered; empty if the change needs a full build. */
    public synchronized Optional<Refreshed> refresh(Path file) {
        Path source = session.relative(file);
        Optional<Page> before = session.catalog().pages().stream().filter(page -> page.source().equals(source)).findFirst();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int mark = session.problemCount();
        Optional<DocumentModel> document;
        try {
            document = reader.read(file);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Page now = session.catalog().page(before.get().uri()).orElse(null);
        if (document.isEmpty() || now == null || !sameForOtherPages(before.get(), now)) {
            return Optional.empty();
        }
        return Optional.of(new Refreshed(now, writer.render(document.get()), session.problemsSince(mark)));
    }

    /**
     * Shows {@code register} instead of the register of the last bake: re-renders the pages that show
     * it (register pages, reviews, pages with data blocks, and the pages of changed assets) and the
     * asset CSV. Empty if the change needs a full build: an asset added or removed.
     */
    public synchronized Optional<List<Refreshed>> refreshData(se.lishandboken.register.Register register, Path destination) {
        se.lishandboken.register.Register before = session.register();
        List<String> idsBefore = before.assets().stream().map(se.lishandboken.register.Asset::id).toList();
        if (!idsBefore.equals(register.assets().stream().map(se.lishandboken.register.Asset::id).toList())) {
            return Optional.empty();
        }
        List<String> rolesBefore = cycleRoles();
        session.replaceRegister(register);
        if (!rolesBefore.equals(cycleRoles())) {
            return Optional.empty();
        }
        List<Refreshed> refreshed = new java.util.ArrayList<>();
        for (Page page : session.catalog().pages()) {
            if (page.source() == null || !ContentFiles.isPage(page.source())) {
                continue; // a page made from the data itself (an asset's, a role's) is rendered below
            }
            Path file = session.config().siteDir().resolve(page.source());
            if (se.lishandboken.site.engine.RegisterPages.TYPES.contains(page.type()) || showsData(file)) {
                Optional<Refreshed> again = refresh(file);
                if (again.isEmpty()) {
                    return Optional.empty();
                }
                refreshed.add(again.get());
            }
        }
        String folder = session.registerView().assetFolder();
        for (se.lishandboken.register.Asset asset : register.assets()) {
            if (folder != null && !before.asset(asset.id()).map(asset::equals).orElse(false)) {
                refreshed.add(renderAsset(asset, folder));
            }
        }
        for (DocumentModel role : CyclePages.documents(session)) {
            refreshed.add(rendered(session.catalog().page(role.getUri()).orElseThrow(), role));
        }
        RegisterView view = session.registerView();
        if (view.csvUrl() != null) {
            AssetCsv.write(view, session.ui(), destination.resolve(view.csvUrl()));
        }
        CycleFeeds.write(session, destination);
        return Optional.of(refreshed);
    }

    /** The roles with a "Vad gör jag när?" page: a role gained or lost needs a full build. */
    private List<String> cycleRoles() {
        CycleView cycle = session.cycleView();
        return cycle == null ? List.of() : cycle.roles().stream().map(role -> role.role().id()).toList();
    }

    private static boolean showsData(Path file) {
        try {
            return java.nio.file.Files.readString(file).contains("lis::");
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private Refreshed renderAsset(se.lishandboken.register.Asset asset, String folder) {
        Page page = AssetPages.page(session, asset, folder);
        session.catalog().add(page);
        return rendered(page, AssetPages.document(asset, folder));
    }

    /** A page made from the data, rendered with what rendering it reported. */
    private Refreshed rendered(Page page, DocumentModel document) {
        int mark = session.problemCount();
        return new Refreshed(page, writer.render(document), session.problemsSince(mark));
    }

    private static boolean sameForOtherPages(Page before, Page now) {
        return before.title().equals(now.title()) && before.type().equals(now.type())
                && Objects.equals(before.description(), now.description()) && before.navOrder() == now.navOrder()
                && before.inNavigation() == now.inNavigation() && Objects.equals(before.control(), now.control())
                && Objects.equals(before.review(), now.review());
    }
}
