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

/** {@code lis publish}: build, check, release, switch and journal; and {@code --rollback}. */
public final class Publisher {
    /** A release name is a folder name and part of URLs: no slashes, no leading dot. */
    private static final Pattern RELEASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private Publisher() {
    }

    /**
     * Builds the site into the publish folder's staging area, makes it a release, switches {@code current}
     * to it and writes that in the journal. The live site changes only at the switch, one atomic rename.
     * First it finishes what a stopped publish or rollback left: see {@link CrashRecovery}.
     *
     * @throws BuildFailedException with a message naming what to do, if the input has errors or the folder cannot be published to
     */
    public static Publication publish(PublishRequest request, Checkpoint checkpoint) {
        ReleaseStore store = new ReleaseStore(prepare(request.to()));
        PublishedRelease live = null;
        try (PublishLock lock = lock(store)) {
            Optional<PublishedRelease> before = store.current();
            store.clearLeftovers();
            Recovered recovered = CrashRecovery.recover(store, before);
            checkpoint.reached(PublishStep.LOCKED);

            Path staging = store.newStagingPath();
            PublishedRelease release = null;
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

                release = store.release(staging, name, Instant.now());
                checkpoint.reached(PublishStep.RELEASED);
                store.switchTo(release, checkpoint);
                live = release;
                checkpoint.reached(PublishStep.SWITCHED);
                Journal journal = recovered.journal().with(JournalEntry.of(release, Instant.now(), JournalEntry.How.PUBLISH));
                JournalFile.write(store.dir(), journal, checkpoint);
                checkpoint.reached(PublishStep.JOURNALED);
                List<PublishedRelease> releases = journal.live(store.releases());
                ReleasesIndex.write(store, release, releases);
                checkpoint.reached(PublishStep.INDEXED);
                prune(store, journal, release, releases, request.keep());
                checkpoint.reached(PublishStep.PRUNED);
                return new Publication(release, recovered.discarded());
            } finally {
                Folders.delete(staging);
                if (release != null && live == null) {
                    discardUnswitched(store, release);
                }
            }
        } catch (IOException e) {
            if (live != null) {
                throw failure(request.to(), "publish.io.after-switch", live.name(), String.valueOf(e.getMessage()));
            }
            throw failure(request.to(), "publish.io", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Switches {@code current} back to the release that was live before the live one, as the journal
     * records, and records the rollback there too; rollbacks in a row go further back.
     *
     * @throws BuildFailedException if there is no earlier release, or the folder is not a publish folder
     */
    public static Publication rollback(Path to) {
        return rollback(to, Checkpoint.NONE);
    }

    /** {@link #rollback(Path)}, telling {@code checkpoint} each step from {@link PublishStep#LOCKED} to {@link PublishStep#INDEXED}. */
    public static Publication rollback(Path to, Checkpoint checkpoint) {
        Path dir = to.toAbsolutePath().normalize();
        ReleaseStore store = new ReleaseStore(dir);
        if (!Files.isDirectory(store.releasesDir())) {
            throw failure(to, "rollback.none");
        }
        PublishedRelease live = null;
        try (PublishLock lock = lock(store)) {
            PublishedRelease current = store.current().orElseThrow(() -> failure(to, "rollback.none"));
            store.clearLeftovers();
            Recovered recovered = CrashRecovery.recover(store, Optional.of(current));
            checkpoint.reached(PublishStep.LOCKED);

            PublishedRelease previous = recovered.journal().previous(store.releases()).orElseThrow(() -> failure(to, "rollback.none"));
            store.switchTo(previous, checkpoint);
            live = previous;
            checkpoint.reached(PublishStep.SWITCHED);
            Journal journal = recovered.journal().with(JournalEntry.of(previous, Instant.now(), JournalEntry.How.ROLLBACK));
            JournalFile.write(store.dir(), journal, checkpoint);
            checkpoint.reached(PublishStep.JOURNALED);
            ReleasesIndex.write(store, previous, journal.live(store.releases()));
            checkpoint.reached(PublishStep.INDEXED);
            return new Publication(previous, recovered.discarded());
        } catch (IOException e) {
            if (live != null) {
                throw failure(to, "rollback.io.after-switch", live.name(), String.valueOf(e.getMessage()));
            }
            throw failure(to, "publish.io", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Removes a release whose publish stopped before {@code current} was switched to it, so the same version
     * can be published again at once. If that fails too, the next publish removes it.
     */
    private static void discardUnswitched(ReleaseStore store, PublishedRelease release) {
        if (store.isCurrent(release)) {
            return;
        }
        try {
            store.delete(release);
        } catch (IOException e) {
            // CrashRecovery removes it on the next publish: the journal never had it.
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
    private static void prune(ReleaseStore store, Journal journal, PublishedRelease live, List<PublishedRelease> releases, int keep)
            throws IOException {
        List<PublishedRelease> doomed = releases.stream()
                .filter(release -> !release.name().equals(live.name()))
                .skip(Math.max(0, keep - 1))
                .toList();
        for (PublishedRelease release : doomed) {
            store.delete(release);
        }
        if (!doomed.isEmpty()) {
            ReleasesIndex.write(store, live, journal.live(store.releases()));
        }
    }

    private static BuildFailedException failure(Path file, String key, Object... arguments) {
        Problem problem = ProblemText.error(file, 0, key, arguments);
        return new BuildFailedException(List.of(problem));
    }
}
