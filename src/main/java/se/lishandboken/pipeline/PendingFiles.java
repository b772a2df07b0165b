package se.lishandboken.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.lishandboken.files.AtomicWrite;

/**
 * Files made for a live site that take their place only when every stage has passed: what a staging
 * folder is to a whole build, hidden files beside their targets are to {@code lis serve}'s fast path.
 */
final class PendingFiles {
    private final Map<Path, Path> pending = new LinkedHashMap<>();

    /** A hidden place beside {@code target} to write its new content to; it replaces {@code target} on {@link #commit}. */
    Path beside(Path target) {
        try {
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".lis-pending");
            pending.put(target, temporary);
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts every pending file in its place. */
    void commit() {
        try {
            for (Map.Entry<Path, Path> file : pending.entrySet()) {
                AtomicWrite.replace(file.getValue(), file.getKey());
            }
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what is still pending, after a stage found an error. */
    void discard() {
        for (Path temporary : pending.values()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A leftover hidden file is never published: hidden files are skipped, and the next build replaces the site.
            }
        }
        pending.clear();
    }
}
