package se.lishandboken.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: the new content is written beside it under a hidden temporary name and
 * renamed over it, so a reader (a web server, a concurrent build) sees the old file or the new one,
 * never a half-written one.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".lis-tmp");
        try {
            Files.write(temporary, content);
            replace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Renames {@code temporary} over {@code target} in one step; {@code temporary} may be a symlink. */
    public static void replace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
