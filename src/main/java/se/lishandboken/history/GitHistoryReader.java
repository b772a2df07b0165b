package se.lishandboken.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import se.lishandboken.config.SiteConfig;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** Reads a site's {@link SiteHistory} from the git repository that holds it, if any. */
public final class GitHistoryReader {
    /** Enough for years of weekly edits; older commits only lengthen page histories no one reads. */
    private static final int MAX_COMMITS = 2_000;

    private final Repository repository;
    private final RepositoryFolders folders;
    private final ZoneId zone;

    private GitHistoryReader(Repository repository, RepositoryFolders folders, ZoneId zone) {
        this.repository = repository;
        this.folders = folders;
        this.zone = zone;
    }

    /** The history of the site in {@code siteDir}; {@link SiteHistory#NONE} outside git or before the first commit. */
    public static SiteHistory read(SiteConfig config) {
        Path siteDir = config.siteDir();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(siteDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return SiteHistory.NONE;
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare() || repository.resolve("HEAD^{commit}") == null) {
                return SiteHistory.NONE;
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            RepositoryFolders folders = new RepositoryFolders(folder(top, siteDir), folder(top, config.contentDir()),
                    folder(top, config.dataDir()));
            return new GitHistoryReader(repository, folders, config.timeZone()).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("git: " + e.getMessage(), e);
        }
    }

    /** {@code dir} in the repository whose work tree is {@code top}, ending in "/", or "" for the top itself. */
    private static String folder(Path top, Path dir) throws IOException {
        Path real = java.nio.file.Files.exists(dir) ? dir.toRealPath() : dir.toAbsolutePath().normalize();
        String path = top.relativize(real).toString().replace('\\', '/');
        return path.isEmpty() ? "" : path + "/";
    }

    private SiteHistory read() throws IOException, GitAPIException {
        try (Git git = new Git(repository)) {
            SourceVersion version = version(git);
            Map<String, List<Change>> changes = changes();
            ReleaseChanges since = previousRelease(git)
                    .map(release -> new ReleaseDiff(repository, folders).since(release))
                    .orElse(null);
            return new SiteHistory(version, changes, since);
        }
    }

    private SourceVersion version(Git git) throws IOException, GitAPIException {
        String describe = git.describe().setTags(true).setAlways(true).call();
        boolean dirty = git.status().call().hasUncommittedChanges();
        return new SourceVersion(dirty ? describe + "-dirty" : describe, repository.resolve("HEAD^{commit}").name(), dirty);
    }

    /** Each file under the content and data folders, with the commits that touched it; merges are skipped, their commits are listed. */
    private Map<String, List<Change>> changes() throws IOException {
        Map<String, List<Change>> changes = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setPathFilter(PathFilterGroup.createFromStrings(folders.content(), folders.data()));
            walk.markStart(walk.parseCommit(repository.resolve("HEAD^{commit}")));
            int seen = 0;
            for (RevCommit commit : walk) {
                if (++seen > MAX_COMMITS) {
                    break;
                }
                if (commit.getParentCount() > 1) {
                    continue;
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                Change change = new Change(date(commit), commit.getShortMessage(), commit.abbreviate(7).name());
                for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                    String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
                    changes.computeIfAbsent(folders.inSite(path), p -> new ArrayList<>()).add(change);
                }
            }
        }
        return changes;
    }

    /** The newest tag reachable from HEAD that is not on HEAD itself: the release this build follows. */
    private Optional<Release> previousRelease(Git git) throws IOException, GitAPIException {
        ObjectId head = repository.resolve("HEAD^{commit}");
        List<Release> releases = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit headCommit = walk.parseCommit(head);
            for (Ref tag : git.tagList().call()) {
                Ref peeled = repository.getRefDatabase().peel(tag);
                ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
                RevCommit tagged;
                try {
                    tagged = walk.parseCommit(target);
                } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException notACommit) {
                    continue;
                }
                if (!tagged.equals(headCommit) && walk.isMergedInto(tagged, headCommit)) {
                    releases.add(new Release(Repository.shortenRefName(tag.getName()), tagged.name(), date(tagged)));
                }
                walk.reset();
            }
        }
        return releases.stream().max(Comparator.comparing(Release::date).thenComparing(Release::tag));
    }

    private LocalDate date(RevCommit commit) {
        return commit.getCommitterIdent().getWhenAsInstant().atZone(zone).toLocalDate();
    }
}
