package se.lishandboken.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A fresh folder beside the output folder, on the same file system, where a build is written.
 * {@link #replace} swaps it in by renaming; if the build fails, {@link #close} deletes it and the
 * output folder is never touched.
 */
public final class StagingFolder implements AutoCloseable {
    private final Path dir;
    private boolean moved;

    private StagingFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates a staging folder next to {@code target}. */
    public static StagingFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path dir = Files.createTempDirectory(absolute.getParent(), ".lis-staging-");
            // Temporary folders are private (700); the published site must be readable by a web server.
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new StagingFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging folder beside " + absolute, e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Makes the staged build the content of {@code target}; the old content is removed only after. */
    public void replace(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path previous = null;
            if (Files.exists(absolute)) {
                previous = Files.createTempDirectory(absolute.getParent(), ".lis-previous-");
                Files.delete(previous);
                Folders.move(absolute, previous);
            }
            Folders.move(dir, absolute);
            moved = true;
            if (previous != null) {
                Folders.delete(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + absolute, e);
        }
    }

    @Override
    public void close() {
        if (!moved && Files.exists(dir)) {
            try {
                Folders.delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
