package se.lishandboken.site.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import se.lishandboken.source.ContentFiles;

/**
 * Reads content pages into the documents the templates render, several at a time: each page is
 * parsed and converted by {@link SafeAsciidoctorEngine}, which adds it to the session's catalog.
 */
public final class DocumentReader {
    private final SafeAsciidoctorEngine asciidoc;
    private final JBakeConfiguration jbake;
    private final Path contentDir;

    public DocumentReader(BakeSession session, JBakeConfiguration jbake) {
        this.asciidoc = new SafeAsciidoctorEngine(session);
        this.jbake = jbake;
        this.contentDir = jbake.getContentFolder().toPath();
    }

    /** Every page read, on all cores, in the order given; pages that could not be read are left out (and reported). */
    public List<DocumentModel> readAll(List<Path> pages) {
        return pages.parallelStream().map(this::read).flatMap(Optional::stream).toList();
    }

    /** The page in {@code file}; empty if it has no usable header, which the engine has reported. */
    public Optional<DocumentModel> read(Path file) {
        DocumentModel document = asciidoc.parse(jbake, file.toFile());
        if (document == null) {
            return Optional.empty();
        }
        document.setFile(file.toString());
        document.setUri(ContentFiles.uriOf(contentDir, file));
        return Optional.of(document);
    }
}
