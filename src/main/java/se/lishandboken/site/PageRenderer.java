package se.lishandboken.site;

import java.util.ArrayList;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every content page once, without JBake's previous/next links.
 *
 * <p>JBake's own {@code DocumentsRenderer} queries all content of a type for every page to find its
 * neighbours, which is quadratic in the number of pages; the handbook has no previous/next links.
 * This renderer is listed before JBake's in the service file and marks each page as rendered, so
 * JBake's finds nothing left to do. Should the classpath order put JBake's first, pages are still
 * rendered correctly, only slower.
 */
public final class PageRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        int rendered = 0;
        List<String> errors = new ArrayList<>();
        for (DocumentModel document : db.getUnrenderedContent()) {
            try {
                renderer.render(document);
                db.markContentAsRendered(document);
                rendered++;
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
            org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }
}
