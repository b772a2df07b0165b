package se.lishandboken.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An operating-system lock on {@code DIR/.lis-publish.lock}. The OS releases it when the process
 * dies, so a killed publish never leaves a stale lock behind.
 */
final class PublishLock implements AutoCloseable {
    /** The lock file in the publish folder; it stays between publishes, only the OS lock on it comes and goes. */
    static final String FILE_NAME = ".lis-publish.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty if another publish holds it. */
    static Optional<PublishLock> tryAcquire(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new PublishLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // Another publish in this JVM holds it.
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
