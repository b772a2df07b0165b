package se.lishandboken.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/**
 * A fresh folder beside the output folder, on the same file system, where a build is written.
 * {@link #replace} swaps it in by renaming; if the build fails, {@link #close} deletes it and the
 * output folder is never touched. A {@link StagingLock} marks it as a running build's, so the staging
 * folders a killed build left are removed by the next build beside the same output folder.
 */
public final class StagingFolder implements AutoCloseable {
    private final Path dir;
    private final StagingLock lock;
    private boolean moved;

    private StagingFolder(Path dir, StagingLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** Creates a staging folder next to {@code target}, first removing those of killed builds there. */
    public static StagingFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            StagingLock.sweep(absolute.getParent(), Instant.now());
            StagingLock lock = StagingLock.acquire(absolute.getParent());
            try {
                Path dir = Files.createDirectory(lock.staging());
                // The published site must be readable by a web server, whatever the umask.
                if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                return new StagingFolder(dir, lock);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
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
                previous = lock.previous();
                Folders.move(absolute, previous);
            }
            try {
                Folders.move(dir, absolute);
            } catch (IOException e) {
                if (previous != null) {
                    Folders.move(previous, absolute);
                }
                throw e;
            }
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
        try (lock) {
            if (!moved && Files.exists(dir)) {
                Folders.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
