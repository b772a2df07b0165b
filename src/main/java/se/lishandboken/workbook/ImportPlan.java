package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.DataJson;

/**
 * What an import would write: the data files it changes, in the canonical form, and the problems found
 * reading the workbook. Nothing is written yet; the caller first runs the build's checks on the new files
 * and has their problems placed at the cells they came from.
 */
public final class ImportPlan {
    private final Map<String, byte[]> changedFiles = new LinkedHashMap<>();
    /** The row of each record and entry the workbook wrote, by file and JSON pointer (e.g. {@code /assets/3}). */
    private final Map<String, Map<String, RowOrigin>> origins = new HashMap<>();
    private final List<Problem> problems;
    private final List<SheetMerge.Count> counts;
    private final CellProblems placer;

    /**
     * Keeps the changed files' bytes and where their rows came from, not the trees: at 100,000 records the
     * trees are hundreds of megabytes, which the build's checks need next.
     */
    ImportPlan(Map<String, ObjectNode> changed, CellProblems problems, List<SheetMerge.Count> counts,
            Map<JsonNode, RowOrigin> rows, Map<String, String> newlines) {
        changed.forEach((name, tree) -> {
            changedFiles.put(name, DataJson.format(tree, newlines.getOrDefault(name, "\n")));
            Map<String, RowOrigin> byPointer = new HashMap<>();
            // A sheet's rows are a file's records or the entries of a record's list: two levels deep.
            tree.properties().forEach(list -> indexRows(list.getValue(), "/" + escape(list.getKey()), rows, byPointer));
            origins.put(name, byPointer);
        });
        this.problems = problems.all();
        this.counts = List.copyOf(counts);
        this.placer = problems;
    }

    private static void indexRows(JsonNode list, String pointer, Map<JsonNode, RowOrigin> rows, Map<String, RowOrigin> byPointer) {
        if (!list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode record = list.get(i);
            String at = pointer + "/" + i;
            RowOrigin origin = rows.get(record);
            if (origin != null) {
                byPointer.put(at, origin);
            }
            if (pointer.lastIndexOf('/') == 0) {
                record.properties().forEach(field -> indexRows(field.getValue(), at + "/" + escape(field.getKey()), rows, byPointer));
            }
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
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
        return java.util.Collections.unmodifiableMap(changedFiles);
    }

    /** One line per sheet that adds or changes something, e.g. "Tillgångar: 1 nya (T-NY), 2 ändrade (T-CRM, T-WEBB)". */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (SheetMerge.Count count : counts) {
            if (count.added() + count.changed() > 0) {
                lines.add(WorkbookText.format("summary.sheet", count.sheet(), count.added(), count.changed(),
                        keys(count.addedTo()), keys(count.changedIn())));
            }
        }
        return lines;
    }

    /** " (A, B, C …)": which records, the first five. */
    private static String keys(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        List<String> first = keys.stream().limit(5).toList();
        return " (" + String.join(", ", first) + (keys.size() > first.size() ? " …" : "") + ")";
    }

    /**
     * The build's problems with the changed files, each placed at the cell its value came from where there
     * is one; a problem elsewhere keeps its file and pointer (its line would be in a file not yet written).
     */
    public List<Problem> placed(List<Problem> checked) {
        List<Problem> placed = new ArrayList<>();
        for (Problem problem : checked) {
            String file = problem.file() == null ? null : problem.file().getFileName().toString();
            Map<String, RowOrigin> rows = file == null ? null : origins.get(file);
            if (rows == null || problem.pointer() == null) {
                placed.add(problem);
                continue;
            }
            String row = pointerOf(rows, problem.pointer());
            if (row == null) {
                placed.add(new Problem(problem.severity(), problem.file(), 0, 0, problem.pointer(), problem.message(), problem.hint()));
                continue;
            }
            RowOrigin origin = rows.get(row);
            String rest = problem.pointer().substring(row.length());
            rest = rest.isEmpty() ? "" : rest.substring(1).replace("~1", "/").replace("~0", "~");
            placed.add(rest.isEmpty() ? placedMissing(problem, origin) : placer.at(problem.severity(), origin.cellOf(rest), problem));
        }
        return placed;
    }

    /** The pointer of the deepest row on the way to {@code pointer}; null if none. */
    private static String pointerOf(Map<String, RowOrigin> rows, String pointer) {
        for (String at = pointer; at.lastIndexOf('/') > 0; at = at.substring(0, at.lastIndexOf('/'))) {
            if (rows.containsKey(at)) {
                return at;
            }
        }
        return null;
    }

    /**
     * A problem with a row as a whole: a required field that is missing (the build reports it at the record)
     * is said as the workbook shows it: an empty cell, a missing column, or a list with no rows on its sheet.
     */
    private Problem placedMissing(Problem problem, RowOrigin origin) {
        for (Field field : origin.sheet().fields()) {
            String name = field.path().split("/")[0];
            if (problem.message().equals(ProblemText.text("data.schema.required", name))) {
                Integer column = origin.columns().get(field.path());
                CellPlace place = column == null ? CellPlace.row(origin.sheet().name(), origin.row())
                        : new CellPlace(origin.sheet().name(), origin.row(), column, field.header());
                return placer.at(problem.severity(), place, column == null
                        ? ProblemText.error(null, 0, "import.required.column", field.header())
                        : ProblemText.error(null, 0, "import.required.cell"));
            }
        }
        for (Map.Entry<String, String> list : origin.listSheets().entrySet()) {
            if (problem.message().equals(ProblemText.text("data.schema.required", list.getKey()))) {
                return placer.at(problem.severity(), CellPlace.row(origin.sheet().name(), origin.row()),
                        ProblemText.error(null, 0, "import.required.sheet", list.getValue()));
            }
        }
        return placer.at(problem.severity(), CellPlace.row(origin.sheet().name(), origin.row()), problem);
    }
}
