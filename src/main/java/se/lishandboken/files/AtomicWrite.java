package se.lishandboken.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Replaces a file in one step: the new content is written beside it under a hidden temporary name and
 * renamed over it, so a reader (a web server, a concurrent build) sees the old file or the new one,
 * never a half-written one. The file keeps its permissions; a new one gets the ones any new file gets
 * (the umask's), not the owner-only ones of a temporary file.
 */
public final class AtomicWrite {

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, out -> out.write(content));
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code file} with what {@code content} writes; if it fails, the file is as it was. */
    public static void write(Path file, Content content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".lis-tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(file, temporary);
            replace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Renames {@code temporary} over {@code target} in one step; {@code temporary} may be a symlink. */
    public static void replace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void keepPermissions(Path file, Path temporary) throws IOException {
        PosixFileAttributeView existing = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (existing != null && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
        }
    }
}
