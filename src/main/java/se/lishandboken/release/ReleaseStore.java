package se.lishandboken.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import se.lishandboken.pipeline.VersionFile;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.publish.Folders;

/**
 * The publish folder: {@code releases/<version>/} for every kept release, the {@code current} symlink to
 * the live one and {@code journal.json} ({@link JournalFile}). Work in progress carries a {@code .lis-}
 * name, so a folder without one is always a complete release, whatever moment a publish was killed at;
 * whether it ever went live only the journal tells.
 */
final class ReleaseStore {
    static final String CURRENT = "current";
    static final String RELEASES = "releases";
    /** Inside a release: when it was first made live. Written before the release gets its name. */
    static final String PUBLISHED = ".published";
    /** The name prefix of work in progress: staging folders, temporary links and files, half-deleted releases. */
    static final String WORK_PREFIX = ".lis-";

    private final Path dir;

    ReleaseStore(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path releasesDir() {
        return dir.resolve(RELEASES);
    }

    Path currentLink() {
        return dir.resolve(CURRENT);
    }

    /** A fresh path in {@code releases/} for a build to be written to. */
    Path newStagingPath() {
        return releasesDir().resolve(WORK_PREFIX + "build-" + UUID.randomUUID());
    }

    /**
     * The release {@code current} points at; empty before the first publish.
     *
     * @throws BuildFailedException if {@code current} is not a symlink to a complete release
     */
    Optional<PublishedRelease> current() {
        Path link = currentLink();
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.isSymbolicLink(link)) {
                Path target = Files.readSymbolicLink(link);
                Path resolved = dir.resolve(target).normalize();
                if (resolved.getParent() != null && resolved.getParent().equals(releasesDir().normalize())) {
                    Optional<PublishedRelease> release = read(resolved);
                    if (release.isPresent()) {
                        return release;
                    }
                }
            }
        } catch (IOException e) {
            // Reported below as a corrupt link.
        }
        throw new BuildFailedException(List.of(ProblemText.error(link, 0, "publish.current.corrupt")));
    }

    /** Every complete release, newest publish first. */
    List<PublishedRelease> releases() throws IOException {
        if (!Files.isDirectory(releasesDir())) {
            return List.of();
        }
        List<PublishedRelease> releases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(releasesDir())) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                if (!folder.getFileName().toString().startsWith(".")) {
                    read(folder).ifPresent(releases::add);
                }
            }
        }
        releases.sort(Comparator.comparing(PublishedRelease::publishedAt).thenComparing(PublishedRelease::name).reversed());
        return releases;
    }

    private static Optional<PublishedRelease> read(Path folder) {
        try {
            Instant published = Instant.parse(Files.readString(folder.resolve(PUBLISHED), StandardCharsets.UTF_8).strip());
            return Optional.of(new PublishedRelease(folder.getFileName().toString(), folder, published, VersionFile.read(folder)));
        } catch (IOException | RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    boolean exists(String name) {
        return Files.exists(releasesDir().resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** Stamps a built site with its publish time and gives it its release name, in one rename. */
    PublishedRelease release(Path built, String name, Instant publishedAt) throws IOException {
        Files.writeString(built.resolve(PUBLISHED), publishedAt.toString() + "\n", StandardCharsets.UTF_8);
        Path target = releasesDir().resolve(name);
        Folders.move(built, target);
        FolderSync.sync(releasesDir());
        return read(target).orElseThrow(() -> new IOException("the release just written cannot be read: " + target));
    }

    /**
     * Points {@code current} at {@code release}: a new symlink renamed over the old one, which rename(2) does
     * atomically, then synced. This rename is the commit point of a publish and a rollback; {@code checkpoint}
     * is told {@link PublishStep#SWITCHING} just before it.
     */
    void switchTo(PublishedRelease release, Checkpoint checkpoint) throws IOException {
        Path temporary = dir.resolve(WORK_PREFIX + "current-" + UUID.randomUUID());
        Files.createSymbolicLink(temporary, Path.of(RELEASES, release.name()));
        try {
            checkpoint.reached(PublishStep.SWITCHING);
            se.lishandboken.files.AtomicWrite.replace(temporary, currentLink());
            FolderSync.sync(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** When {@code current} was last switched: the link's own time, which the rename keeps. */
    Instant switchedAt() throws IOException {
        return Files.getLastModifiedTime(currentLink(), LinkOption.NOFOLLOW_LINKS).toInstant();
    }

    /** Whether {@code current} is a link to {@code release}'s folder. */
    boolean isCurrent(PublishedRelease release) {
        try {
            return dir.resolve(Files.readSymbolicLink(currentLink())).normalize().equals(release.dir().normalize());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Deletes a release: renamed out of the list first, so a half-deleted folder is never taken for a release. */
    void delete(PublishedRelease release) throws IOException {
        Path doomed = releasesDir().resolve(WORK_PREFIX + "delete-" + UUID.randomUUID());
        Folders.move(release.dir(), doomed);
        Folders.delete(doomed);
    }

    /** Removes what killed publishes left behind: staging folders, temporary links, half-deleted releases. */
    void clearLeftovers() throws IOException {
        for (Path folder : List.of(dir, releasesDir())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX)).toList()) {
                    if (!entry.getFileName().toString().equals(PublishLock.FILE_NAME)) {
                        Folders.delete(entry);
                    }
                }
            }
        }
    }
}
