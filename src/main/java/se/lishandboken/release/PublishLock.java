package se.lishandboken.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code DIR/.lis-publish.lock}. The OS releases it when the process
 * dies, so a killed publish never leaves a stale lock behind.
 */
final class PublishLock implements AutoCloseable {
    /** The lock file in the publish folder; it stays between publishes, only the OS lock on it comes and goes. */
    static final String FILE_NAME = ".lis-publish.lock";
    /**
     * The lock files this JVM holds. A second publish here must not even open one: closing any channel to
     * a file drops every lock this process has on it, and another process could then publish at the same time.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty if another publish holds it. */
    static Optional<PublishLock> tryAcquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME).toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
            return lock == null ? Optional.empty() : Optional.of(new PublishLock(file, channel, lock));
        } finally {
            if (lock == null) {
                if (channel != null) {
                    channel.close();
                }
                HELD.remove(file);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD.remove(file);
        }
    }
}
