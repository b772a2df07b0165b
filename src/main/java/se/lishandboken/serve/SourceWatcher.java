package se.lishandboken.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the site's source folders and configuration, and hands over the files changed in one
 * burst: an editor's save often writes, renames and touches several files within a few milliseconds.
 */
final class SourceWatcher implements AutoCloseable {
    /** The files in the site folder itself that a change to rebuilds from: the configuration and the UI texts. */
    private static final java.util.Set<String> SITE_FILES = java.util.Set.of("jbake.properties", se.lishandboken.config.UiBundle.SITE_FILE);
    private static final long QUIET_MILLIS = 25;

    private final WatchService watcher = FileSystems.getDefault().newWatchService();
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Path siteDir;

    SourceWatcher(Path siteDir, List<Path> watched) throws IOException {
        this.siteDir = siteDir;
        register(siteDir, false);
        for (Path folder : watched) {
            if (Files.isDirectory(folder)) {
                register(folder, true);
            }
        }
    }

    private void register(Path folder, boolean recursive) throws IOException {
        if (!recursive) {
            folders.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), folder);
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir, false);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Waits for the next change, then for the burst to end. Returns the changed files relative to the
     * site folder; output, staging and hidden files are ignored.
     */
    Set<Path> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (changed.isEmpty()) {
                collect(watcher.take(), changed);
                for (WatchKey key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); key != null;
                        key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(key, changed);
                }
            }
        } catch (ClosedWatchServiceException closed) {
            throw new InterruptedException("watcher closed");
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path file = folder.resolve(name);
            Path relative = siteDir.relativize(file);
            if (name.toString().startsWith(".") || relative.startsWith("output") || name.toString().endsWith("~")) {
                continue;
            }
            if (folder.equals(siteDir) && !SITE_FILES.contains(name.toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    register(file, true);
                } catch (IOException unreadable) {
                    // A folder removed as soon as it came; nothing to watch.
                }
            }
            changed.add(relative);
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
