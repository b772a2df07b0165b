package se.lishandboken.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lock file {@code .lis-staging-<token>.lock} that marks {@code .lis-staging-<token>} (and, during the
 * swap, {@code .lis-previous-<token>}) as a running build's. The operating system releases the lock when
 * the process dies, so a staging folder whose lock can be taken belongs to a build that was killed, and
 * {@link #sweep} removes it.
 */
final class StagingLock implements AutoCloseable {
    private static final String STAGING = ".lis-staging-";
    private static final String PREVIOUS = ".lis-previous-";
    private static final String LOCK = ".lock";
    private static final Pattern OURS = Pattern.compile(
            "\\.lis-(?:staging|previous)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\\.lock)?");
    /** Staging folders of lis versions before these locks: named by Files.createTempDirectory, with no lock. */
    private static final Pattern UNLOCKED = Pattern.compile("\\.lis-(?:staging|previous)-\\d+");
    /** How old an unlocked staging folder must be to be taken as a killed build's: no build runs that long. */
    private static final Duration UNLOCKED_AGE = Duration.ofDays(1);
    /**
     * The tokens this JVM holds. The sweep never opens their lock files: closing any channel to a file
     * drops every lock this process has on it.
     */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private final Path parent;
    private final String token;
    private final FileChannel channel;
    private final FileLock lock;

    private StagingLock(Path parent, String token, FileChannel channel, FileLock lock) {
        this.parent = parent;
        this.token = token;
        this.channel = channel;
        this.lock = lock;
    }

    /** A new lock in {@code parent}, held until {@link #close}. */
    static StagingLock acquire(Path parent) throws IOException {
        while (true) {
            String token = UUID.randomUUID().toString();
            HELD.add(token);
            Path file = parent.resolve(STAGING + token + LOCK);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException noLocksHere) {
                // A file system without locks: the folder is never swept, which is safe.
                return new StagingLock(parent, token, channel, null);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null && Files.exists(file)) {
                return new StagingLock(parent, token, channel, lock);
            }
            // Another build's sweep took the new file before it was locked: start again under a new name.
            channel.close();
            HELD.remove(token);
        }
    }

    /** The staging folder this lock holds. */
    Path staging() {
        return parent.resolve(STAGING + token);
    }

    /** Where the output folder's old content waits during the swap. */
    Path previous() {
        return parent.resolve(PREVIOUS + token);
    }

    /** Releases the lock and removes its file; call after the folders are gone. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(parent.resolve(STAGING + token + LOCK));
        } finally {
            channel.close();
            HELD.remove(token);
        }
    }

    /**
     * Removes from {@code parent} the staging folders and lock files of builds that were killed: those whose
     * lock no process holds, and unlocked ones of older lis versions a day old. Leaves everything else,
     * including whatever it cannot remove now; a later build tries again.
     */
    static void sweep(Path parent, Instant now) {
        Map<String, List<Path>> locked = new TreeMap<>();
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                Matcher ours = OURS.matcher(name);
                if (ours.matches()) {
                    locked.computeIfAbsent(ours.group(1), token -> new java.util.ArrayList<>()).add(entry);
                } else if (UNLOCKED.matcher(name).matches() && olderThan(entry, now.minus(UNLOCKED_AGE))) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException e) {
            return;
        }
        locked.forEach((token, entries) -> {
            if (!HELD.contains(token)) {
                sweepToken(parent, token, entries);
            }
        });
    }

    private static void sweepToken(Path parent, String token, List<Path> entries) {
        Path file = parent.resolve(STAGING + token + LOCK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.tryLock() == null) {
                return;
            }
        } catch (NoSuchFileException noLock) {
            // The build removed its lock after its folders, or a sweep is removing them: they are leftovers.
        } catch (IOException | OverlappingFileLockException held) {
            return;
        }
        entries.stream().filter(entry -> !entry.equals(file)).forEach(StagingLock::deleteQuietly);
        deleteQuietly(file);
    }

    private static boolean olderThan(Path entry, Instant limit) {
        try {
            return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                    && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path entry) {
        try {
            Folders.delete(entry);
        } catch (IOException e) {
            // Left for the next build.
        }
    }
}
