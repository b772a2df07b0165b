package se.lishandboken.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.SiteBuild;
import se.lishandboken.pipeline.VersionFile;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.publish.Folders;

/** {@code lis publish}: build, check, release and switch; and {@code --rollback}. */
public final class Publisher {
    /** A release name is a folder name and part of URLs: no slashes, no leading dot. */
    private static final Pattern RELEASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private Publisher() {
    }

    /**
     * Builds the site into the publish folder's staging area, makes it a release and switches
     * {@code current} to it. The live site changes only in the last, atomic step.
     *
     * @throws BuildFailedException with a message naming what to do, if the input has errors or the folder cannot be published to
     */
    public static PublishedRelease publish(PublishRequest request, Checkpoint checkpoint) {
        ReleaseStore store = new ReleaseStore(prepare(request.to()));
        PublishedRelease live = null;
        try (PublishLock lock = lock(store)) {
            store.current();
            store.clearLeftovers();
            checkpoint.reached(PublishStep.LOCKED);

            Path staging = store.newStagingPath();
            try {
                BuildRequest build = request.build();
                SiteBuild.run(new BuildRequest(build.siteDir(), staging, build.version(), build.now()));
                String name = VersionFile.read(staging).version();
                if (!RELEASE_NAME.matcher(name).matches()) {
                    throw failure(store.dir(), "publish.version.invalid", name);
                }
                if (store.exists(name)) {
                    throw failure(store.releasesDir().resolve(name), "publish.exists", name);
                }
                checkpoint.reached(PublishStep.BUILT);

                PublishedRelease release = store.release(staging, name, Instant.now());
                checkpoint.reached(PublishStep.RELEASED);
                store.switchTo(release);
                live = release;
                checkpoint.reached(PublishStep.SWITCHED);
                List<PublishedRelease> releases = store.releases();
                ReleasesIndex.write(store, release, releases);
                checkpoint.reached(PublishStep.INDEXED);
                prune(store, release, releases, request.keep());
                checkpoint.reached(PublishStep.PRUNED);
                return release;
            } finally {
                Folders.delete(staging);
            }
        } catch (IOException e) {
            if (live != null) {
                throw failure(request.to(), "publish.io.after-switch", live.name(), String.valueOf(e.getMessage()));
            }
            throw failure(request.to(), "publish.io", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Switches {@code current} back to the release published before the live one.
     *
     * @throws BuildFailedException if there is no earlier release, or the folder is not a publish folder
     */
    public static PublishedRelease rollback(Path to) {
        Path dir = to.toAbsolutePath().normalize();
        ReleaseStore store = new ReleaseStore(dir);
        if (!Files.isDirectory(store.releasesDir())) {
            throw failure(to, "rollback.none");
        }
        try (PublishLock lock = lock(store)) {
            PublishedRelease current = store.current().orElseThrow(() -> failure(to, "rollback.none"));
            List<PublishedRelease> releases = store.releases();
            Optional<PublishedRelease> previous = releases.stream()
                    .filter(release -> release.publishedAt().isBefore(current.publishedAt()))
                    .findFirst();
            if (previous.isEmpty()) {
                throw failure(to, "rollback.none");
            }
            store.switchTo(previous.get());
            ReleasesIndex.write(store, previous.get(), releases);
            return previous.get();
        } catch (IOException e) {
            throw failure(to, "publish.io", String.valueOf(e.getMessage()));
        }
    }

    /** The publish folder, created if missing; fails clearly if it cannot be written to. */
    private static Path prepare(Path to) {
        Path dir = to.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve(ReleaseStore.RELEASES));
        } catch (IOException | SecurityException e) {
            throw failure(to, "publish.not-writable", dir);
        }
        if (!Files.isWritable(dir) || !Files.isWritable(dir.resolve(ReleaseStore.RELEASES))) {
            throw failure(to, "publish.not-writable", dir);
        }
        return dir;
    }

    private static PublishLock lock(ReleaseStore store) throws IOException {
        return PublishLock.tryAcquire(store.dir()).orElseThrow(() -> failure(store.dir(), "publish.locked"));
    }

    /** Deletes the oldest releases beyond {@code keep}; never the live one. */
    private static void prune(ReleaseStore store, PublishedRelease live, List<PublishedRelease> releases, int keep) throws IOException {
        List<PublishedRelease> doomed = releases.stream()
                .filter(release -> !release.name().equals(live.name()))
                .skip(Math.max(0, keep - 1))
                .toList();
        for (PublishedRelease release : doomed) {
            store.delete(release);
        }
        if (!doomed.isEmpty()) {
            ReleasesIndex.write(store, live, store.releases());
        }
    }

    private static BuildFailedException failure(Path file, String key, Object... arguments) {
        Problem problem = ProblemText.error(file, 0, key, arguments);
        return new BuildFailedException(List.of(problem));
    }
}
