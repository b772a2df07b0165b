package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.List;
import org.jbake.model.DocumentModel;
import se.lishandboken.page.DocumentControl;
import se.lishandboken.page.Page;

/** A page made from register data rather than from AsciiDoc: an asset's page, a role's page in the annual cycle. */
public final class GeneratedPage {
    /** The document key of an asset page's asset id, which the template data looks up. */
    public static final String ASSET_ID = "lis_asset_id";
    /** The document key of a role page's role id in the annual cycle. */
    public static final String ROLE_ID = "lis_cycle_role";

    private GeneratedPage() {
    }

    /** Its catalog entry: not in the navigation, no document control or sections of its own. */
    public static Page entry(Path source, String uri, String type, String title, String description) {
        return new Page(source, uri, type, title, description == null ? "" : description,
                PageHeaderReader.DEFAULT_NAV_ORDER, false, DocumentControl.NONE, List.of(), null);
    }

    /** The document its type's template renders: no body, only the id its template looks up under {@code key}. */
    public static DocumentModel document(String type, String title, String uri, String key, String id) {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        document.setStatus("published");
        document.setTitle(title);
        document.setUri(uri);
        document.setBody("");
        document.put(key, id);
        return document;
    }
}
