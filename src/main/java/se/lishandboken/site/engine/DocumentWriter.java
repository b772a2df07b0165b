package se.lishandboken.site.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import se.lishandboken.problem.ProblemText;

/**
 * Renders documents with their type's template into the site folder, several at a time. A template
 * error is reported once, with the template's line, by {@link StrictFreemarkerEngine}; other failures
 * are reported as problems of the page.
 */
public final class DocumentWriter {
    private final BakeSession session;
    private final JBakeConfiguration jbake;
    private final StrictFreemarkerEngine templates;

    public DocumentWriter(BakeSession session, JBakeConfiguration jbake) {
        this.session = session;
        this.jbake = jbake;
        this.templates = new StrictFreemarkerEngine(jbake, session);
    }

    /** Writes every document into {@code destination}, on all cores. */
    public void writeAll(List<DocumentModel> documents, Path destination) {
        documents.parallelStream().forEach(document -> write(document, destination));
    }

    void write(DocumentModel document, Path destination) {
        Path target = destination.resolve(outputPath(document));
        try {
            Files.createDirectories(target.getParent());
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                render(document, out);
            }
        } catch (RenderingException e) {
            // Reported by the template engine, with the template's line.
        } catch (IOException | RuntimeException e) {
            session.report(ProblemText.error(source(document), 0, "page.write.failed", target, String.valueOf(e.getMessage())));
        }
    }

    /** The page as HTML; empty if its template failed, which has been reported. */
    public String render(DocumentModel document) {
        StringWriter html = new StringWriter();
        try {
            render(document, html);
        } catch (RenderingException e) {
            // Reported by the template engine, with the template's line.
        }
        return html.toString();
    }

    private void render(DocumentModel document, Writer out) throws RenderingException {
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        templates.renderDocument(model, jbake.getTemplateFileByDocType(document.getType()).getName(), out);
    }

    /**
     * Where the page is written: its uri, with its type's ending. A draft keeps its name (JBake would add
     * "-draft"), so the menu and links reach it; its template marks it as a draft.
     */
    private String outputPath(DocumentModel document) {
        String uri = document.getUri();
        return uri.substring(0, uri.lastIndexOf('.')) + jbake.getOutputExtensionByDocType(document.getType());
    }

    private Path source(DocumentModel document) {
        return document.getFile() == null ? Path.of(document.getUri()) : session.relative(Path.of(document.getFile()));
    }
}
