package se.lishandboken.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Compares the committed sources with a release: which content files changed, and which register
 * records were added, changed or removed. A record marked for management in either version is left
 * out, so not even its id reaches the intranet.
 */
final class ReleaseDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Repository repository;
    private final RepositoryFolders folders;

    ReleaseDiff(Repository repository, RepositoryFolders folders) {
        this.repository = repository;
        this.folders = folders;
    }

    ReleaseChanges since(Release release) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevTree before = walk.parseCommit(repository.resolve(release.commit())).getTree();
            RevCommit head = walk.parseCommit(repository.resolve("HEAD^{commit}"));
            return new ReleaseChanges(release, contentChanges(before, head.getTree()), recordChanges(before, head.getTree()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> contentChanges(RevTree before, RevTree now) throws IOException {
        List<String> paths = new ArrayList<>();
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setPathFilter(PathFilter.create(folders.content()));
            for (DiffEntry entry : diff.scan(before, now)) {
                String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
                paths.add(folders.inSite(path));
            }
        }
        return paths.stream().distinct().sorted().toList();
    }

    private List<RecordChange> recordChanges(RevTree before, RevTree now) throws IOException {
        Map<String, JsonNode> old = dataFiles(before);
        Map<String, JsonNode> current = dataFiles(now);
        List<RecordChange> changes = new ArrayList<>();
        for (String file : new java.util.TreeSet<>(union(old.keySet(), current.keySet()))) {
            Map<String, JsonNode> was = records(old.get(file));
            Map<String, JsonNode> is = records(current.get(file));
            for (String id : new java.util.TreeSet<>(union(was.keySet(), is.keySet()))) {
                JsonNode a = was.get(id);
                JsonNode b = is.get(id);
                if (isManagementOnly(a) || isManagementOnly(b) || (a != null && a.equals(b))) {
                    continue;
                }
                RecordChange.Kind kind = a == null ? RecordChange.Kind.ADDED : b == null ? RecordChange.Kind.REMOVED : RecordChange.Kind.CHANGED;
                changes.add(new RecordChange(file, id, title(b != null ? b : a), kind));
            }
        }
        return changes;
    }

    /** The data files of a tree, parsed; files that do not parse are skipped (the build's own checks report them). */
    private Map<String, JsonNode> dataFiles(RevTree tree) throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(folders.data()));
            while (walk.next()) {
                String path = walk.getPathString().substring(folders.data().length());
                if (!path.endsWith(".json") || path.contains("/")) {
                    continue;
                }
                try {
                    files.put(path, JSON.readTree(repository.open(walk.getObjectId(0)).getBytes()));
                } catch (IOException unreadable) {
                    // Left out: an invalid file at the old release says nothing useful about this one.
                }
            }
        }
        return files;
    }

    /** The records of a data file, by id: every object with an "id" in the file's top-level arrays. */
    private static Map<String, JsonNode> records(JsonNode file) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        if (file == null) {
            return records;
        }
        file.properties().forEach(field -> {
            if (field.getValue().isArray()) {
                field.getValue().forEach(record -> {
                    if (record.hasNonNull("id")) {
                        records.put(record.get("id").asText(), record);
                    }
                });
            }
        });
        return records;
    }

    private static boolean isManagementOnly(JsonNode record) {
        return record != null && se.lishandboken.register.Visibility.LEDNING_NAME.equals(record.path("visibility").asText());
    }

    private static String title(JsonNode record) {
        return record.hasNonNull("name") ? record.get("name").asText() : record.path("title").asText(record.get("id").asText());
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
