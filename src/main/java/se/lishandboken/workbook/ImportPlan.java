package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.DataJson;

/**
 * What an import would write: the data files it changes, in the canonical form, and the problems found
 * reading the workbook. Nothing is written yet; the caller first runs the build's checks on the new files
 * and has their problems placed at the cells they came from.
 */
public final class ImportPlan {
    private final Map<String, ObjectNode> changed;
    private final List<Problem> problems;
    private final List<SheetMerge.Count> counts;
    private final Map<JsonNode, RowOrigin> origins;
    private final CellProblems placer;

    ImportPlan(Map<String, ObjectNode> changed, CellProblems problems, List<SheetMerge.Count> counts,
            IdentityHashMap<JsonNode, RowOrigin> origins) {
        this.changed = new LinkedHashMap<>(changed);
        this.problems = problems.all();
        this.counts = List.copyOf(counts);
        this.origins = origins;
        this.placer = problems;
    }

    /** The problems with the workbook itself. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The new content of each changed data file, by file name; empty if the workbook changes nothing. */
    public Map<String, byte[]> changedFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        changed.forEach((name, tree) -> files.put(name, DataJson.format(tree)));
        return files;
    }

    /** One line per sheet that adds or changes something, e.g. "Tillgångar: 1 ny, 2 ändrade". */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (SheetMerge.Count count : counts) {
            if (count.added() + count.changed() > 0) {
                lines.add(WorkbookText.format("summary.sheet", count.sheet(), count.added(), count.changed()));
            }
        }
        return lines;
    }

    /**
     * The build's problems with the changed files, each placed at the cell its value came from where there
     * is one; a problem elsewhere keeps its file and pointer (its line would be in a file not yet written).
     */
    public List<Problem> placed(List<Problem> checked) {
        List<Problem> placed = new ArrayList<>();
        for (Problem problem : checked) {
            String file = problem.file() == null ? null : problem.file().getFileName().toString();
            ObjectNode tree = file == null ? null : changed.get(file);
            if (tree == null || problem.pointer() == null) {
                placed.add(problem);
                continue;
            }
            CellPlace place = placeOf(tree, problem.pointer());
            placed.add(place == null
                    ? new Problem(problem.severity(), problem.file(), 0, 0, problem.pointer(), problem.message(), problem.hint())
                    : placer.at(problem.severity(), place, problem));
        }
        return placed;
    }

    /** The cell of the deepest record or entry on the way to {@code pointer}, and of its field there. */
    private CellPlace placeOf(ObjectNode tree, String pointer) {
        String[] steps = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
        JsonNode node = tree;
        RowOrigin origin = null;
        int depth = 0;
        for (int i = 0; i < steps.length && node != null; i++) {
            String step = steps[i].replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.get(parseIndex(step)) : node.get(step);
            if (node != null && origins.containsKey(node)) {
                origin = origins.get(node);
                depth = i + 1;
            }
        }
        if (origin == null) {
            return null;
        }
        return origin.cellOf(String.join("/", java.util.Arrays.asList(steps).subList(depth, steps.length)));
    }

    private static int parseIndex(String step) {
        try {
            return Integer.parseInt(step);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
