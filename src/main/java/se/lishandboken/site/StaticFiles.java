package se.lishandboken.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jbake.app.configuration.JBakeConfiguration;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.source.ContentFiles;
import se.lishandboken.source.ThemeFiles;

/**
 * Copies the files the site serves as they are: the theme's assets (the built-in theme's, replaced by the
 * site's own) into the site's root, and the
 * content folder's files that are not pages (images, attachments) beside the pages. Copied after the
 * pages are written, as JBake did, so an asset replaces a page of the same name.
 */
final class StaticFiles {

    private StaticFiles() {
    }

    static void copy(BakeSession session, JBakeConfiguration jbake, ContentFiles content, Path destination) {
        ThemeFiles.assets(jbake.getAssetFolder().toPath(), jbake.getIgnoreFileName(), jbake.getAssetIgnoreHidden())
                .forEach((address, file) -> copy(session, file, destination.resolve(address)));
        Path contentDir = jbake.getContentFolder().toPath();
        for (Path file : content.others()) {
            if (se.lishandboken.seal.SealFiles.isSeal(file)) {
                // A seal holds the management edition's figures too: it is read by the build, never published.
                continue;
            }
            copy(session, file, destination.resolve(contentDir.relativize(file).toString()));
        }
    }

    private static void copy(BakeSession session, Path file, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            session.report(ProblemText.error(session.relative(file), 0, "asset.copy.failed", target, String.valueOf(e.getMessage())));
        }
    }
}
