package se.lishandboken.site;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbake.app.Parser;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;
import se.lishandboken.problem.Problem;

/**
 * lis serve's fast path. After a full bake it keeps the bake's session, warm Asciidoctor and
 * templates, and re-renders one edited page, as long as nothing other pages show of it changed:
 * its title, navigation entry, type, description, document control and review header. Anything
 * else (a new page, a renamed one, a changed title) needs a full build.
 */
public final class PageRefresher {
    private final BakeSession session;
    private final DefaultJBakeConfiguration jbake;
    private final StrictFreemarkerEngine templates;

    PageRefresher(BakeSession session, DefaultJBakeConfiguration jbake) {
        this.session = session;
        this.jbake = jbake;
        this.templates = new StrictFreemarkerEngine(jbake, null);
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

    /** The page from {@code file} re-rendered; empty if the change needs a full build. */
    public synchronized Optional<Refreshed> refresh(Path file) {
        Path source = session.relative(file);
        Optional<Page> before = session.catalog().pages().stream().filter(page -> page.source().equals(source)).findFirst();
        if (before.isEmpty()) {
            return Optional.empty();
        }
        int mark = session.problemCount();
        DocumentModel document;
        try {
            document = new Parser(jbake).processFile(file.toFile());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Page now = session.catalog().page(before.get().uri()).orElse(null);
        if (document == null || now == null || !sameForOtherPages(before.get(), now)) {
            return Optional.empty();
        }
        document.setUri(now.uri());
        document.setFile(file.toString());
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        StringWriter html = new StringWriter();
        try {
            templates.renderDocument(model, jbake.getTemplateFileByDocType(document.getType()).getName(), html);
        } catch (org.jbake.template.RenderingException e) {
            // The problem is already reported with its template line.
        }
        return Optional.of(new Refreshed(now, html.toString(), session.problemsSince(mark)));
    }

    private static boolean sameForOtherPages(Page before, Page now) {
        return before.title().equals(now.title()) && before.type().equals(now.type())
                && Objects.equals(before.description(), now.description()) && before.navOrder() == now.navOrder()
                && before.inNavigation() == now.inNavigation() && Objects.equals(before.control(), now.control())
                && Objects.equals(before.review(), now.review());
    }
}
