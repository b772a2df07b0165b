package se.lishandboken.site;

import java.nio.file.Path;
import java.util.List;
import org.jbake.model.DocumentModel;

/** A page made from register data rather than from AsciiDoc: an asset's page, a role's page in the annual cycle. */
final class GeneratedPage {

    private GeneratedPage() {
    }

    /** Its catalog entry: not in the navigation, no document control or sections of its own. */
    static Page entry(Path source, String uri, String type, String title, String description) {
        return new Page(source, uri, type, title, description == null ? "" : description,
                PageHeaderReader.DEFAULT_NAV_ORDER, false, DocumentControl.NONE, List.of(), null);
    }

    /** The document its type's template renders: no body, only the id its template looks up under {@code key}. */
    static DocumentModel document(String type, String title, String uri, String key, String id) {
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
