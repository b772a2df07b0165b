package se.lishandboken.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes the renames in a folder durable: after {@link #sync} returns, a power cut cannot undo them or
 * reorder them with later ones. Where the file system cannot sync a folder (Windows), it does nothing.
 */
final class FolderSync {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FolderSync() {
    }

    static void sync(Path folder) throws IOException {
        if (POSIX) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }
}
