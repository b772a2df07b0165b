package se.lishandboken.site;

import java.text.MessageFormat;
import java.util.List;
import org.jbake.model.DocumentModel;
import se.lishandboken.page.Page;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.site.engine.GeneratedPage;
import se.lishandboken.view.CycleView;

/**
 * One "Vad gör jag när?" page per role of the annual cycle, rendered with {@code cyclerole.ftlh}
 * beside the cycle page. These pages have no AsciiDoc source of their own.
 */
public final class CyclePages {
    /** Marks a synthetic document as the page of this role id. */

    private CyclePages() {
    }

    /** The documents of every role's page, each added to the catalog; none if the site has no cycle page. */
    static List<DocumentModel> documents(BakeSession session) {
        CycleView cycle = session.cycleView();
        if (cycle == null) {
            return List.of();
        }
        for (CycleView.RoleRow role : cycle.roles()) {
            session.catalog().add(page(session, role));
        }
        return cycle.roles().stream().map(role -> document(session, role)).toList();
    }

    static Page page(BakeSession session, CycleView.RoleRow role) {
        return GeneratedPage.entry(session.relative(session.config().dataDir().resolve("cycle.json")), role.page(),
                CycleView.ROLE_PAGE_TYPE, title(session, role), role.role().description());
    }

    private static DocumentModel document(BakeSession session, CycleView.RoleRow role) {
        return GeneratedPage.document(CycleView.ROLE_PAGE_TYPE, title(session, role), role.page(), GeneratedPage.ROLE_ID, role.role().id());
    }

    private static String title(BakeSession session, CycleView.RoleRow role) {
        return MessageFormat.format(session.ui().getString("cycle.role.title"), role.role().name());
    }
}
