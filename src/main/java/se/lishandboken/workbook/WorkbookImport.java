package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.lishandboken.config.ClassificationScale;
import se.lishandboken.register.DataJson;
import se.lishandboken.register.Visibility;

/**
 * Reads a register workbook back into the data files' trees ({@code lis import}): the inverse of
 * {@link RegisterWorkbook}, driven by the same {@link SheetSpecs}. A workbook that is not the management
 * edition (or does not say) could not show what only management sees, so references to it are kept.
 */
public final class WorkbookImport {
    private WorkbookImport() {
    }

    /**
     * Plans the import of {@code workbook} into {@code trees}, which it changes.
     *
     * @param shown the workbook as the ISAM named it, for messages
    /**
     * @param overwriteNewer whether the workbook may change a data file that was changed after it was exported;
     *                       without it that is an error, since the workbook would undo the change
     */
    public static ImportPlan plan(Path workbook, Path shown, RegisterTrees trees, ClassificationScale scale, boolean overwriteNewer) {
        CellProblems problems = new CellProblems(shown);
        IdentityHashMap<JsonNode, RowOrigin> origins = new IdentityHashMap<>();
        List<SheetSpec> specs = SheetSpecs.all(scale);
        // The trees are merged into as they are, not copied: at 100,000 records a copy is hundreds of megabytes.
        Map<String, byte[]> before = new LinkedHashMap<>();
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        List<SheetMerge.Count> counts = new ArrayList<>();
        DataDigests exported = null;
        try (WorkbookReader.Opened book = WorkbookReader.open(workbook)) {
            if (!checkSheets(book.sheets(), specs, problems)) {
                return new ImportPlan(Map.of(), problems, List.of(), origins, Map.of());
            }
            Map<String, String> properties = book.customProperties();
            // The read-me sheet is read (once) only when a tool dropped a property it stands in for.
            List<String> readMe = properties.containsKey(RegisterWorkbook.EDITION_PROPERTY)
                    && properties.containsKey(RegisterWorkbook.DATA_PROPERTY) ? List.of() : readMeLines(book);
            boolean management = isManagementEdition(properties, readMe);
            exported = DataDigests.parse(exportedData(properties, readMe));
            if (exported == null) {
                problems.warning("import.data.unknown");
            }
            Set<String> hidden = management ? Set.of() : trees.managementOnlyIds();
            trees.files().forEach((name, tree) -> {
                if (tree instanceof ObjectNode object) {
                    before.put(name, DataJson.digest(object));
                    files.put(name, object);
                }
            });
            List<SheetMerge.DerivedCell> derived = new ArrayList<>();
            // One sheet in memory at a time, records before their entries, whatever order the sheets are in.
            for (SheetSpec spec : specs) {
                ReadSheet sheet = book.read(spec.name());
                if (sheet != null) {
                    Map<String, String> listSheets = specs.stream().filter(child -> child.parent() == spec)
                            .collect(Collectors.toMap(SheetSpec::list, SheetSpec::name));
                    counts.add(new SheetMerge(spec, files, hidden, problems, origins, derived, listSheets).merge(sheet));
                }
            }
            checkDerived(derived, specs, problems);
        } catch (WorkbookUnreadableException e) {
            problems.error("import.workbook." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getMessage());
            return new ImportPlan(Map.of(), problems, List.of(), origins, Map.of());
        }
        Map<String, ObjectNode> changed = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> file : files.entrySet()) {
            byte[] was = before.get(file.getKey());
            if (was == null || !Arrays.equals(was, DataJson.digest(file.getValue()))) {
                changed.put(file.getKey(), file.getValue());
                if (exported != null && !overwriteNewer && !exported.unchanged(file.getKey(), was == null ? new byte[0] : was)) {
                    problems.error("import.stale", "data/" + file.getKey());
                }
            }
        }
        return new ImportPlan(changed, problems, counts, origins, trees.newlines());
    }

    /** The text of every cell of the read-me sheet; empty if the workbook has none. */
    private static List<String> readMeLines(WorkbookReader.Opened book) throws WorkbookUnreadableException {
        ReadSheet readMe = book.read(WorkbookText.get("readme.name"));
        return readMe == null ? List.of() : readMe.rows().stream().flatMap(row -> row.cells().stream()).map(ReadCell::value).toList();
    }

    /**
     * Whether the workbook is the management edition: its property says so or, if a tool dropped the
     * properties, its read-me sheet does.
     */
    private static boolean isManagementEdition(Map<String, String> properties, List<String> readMe) {
        String property = properties.get(RegisterWorkbook.EDITION_PROPERTY);
        return property != null ? Visibility.LEDNING_NAME.equals(property) : readMe.contains(WorkbookText.get("readme.edition.ledning"));
    }

    /** The digests of the data the workbook was exported from: its property, or the read-me's line; null if neither. */
    private static String exportedData(Map<String, String> properties, List<String> readMe) {
        String property = properties.get(RegisterWorkbook.DATA_PROPERTY);
        String prefix = WorkbookText.get("readme.data") + " ";
        return property != null ? property : readMe.stream().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length())).findFirst().orElse(null);
    }

    /** Warns of unknown and hidden sheets; false (after an error) if the workbook has none of the register's. */
    private static boolean checkSheets(List<WorkbookReader.SheetName> sheets, List<SheetSpec> specs, CellProblems problems) {
        Set<String> known = specs.stream().map(spec -> spec.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> ours = Set.of(WorkbookText.get("readme.name").toLowerCase(Locale.ROOT),
                WorkbookText.get("lists.name").toLowerCase(Locale.ROOT));
        boolean any = false;
        for (WorkbookReader.SheetName sheet : sheets) {
            String name = sheet.name().toLowerCase(Locale.ROOT);
            if (known.contains(name)) {
                any = true;
                if (sheet.hidden()) {
                    problems.warning("import.sheet.hidden", sheet.name());
                }
            } else if (!ours.contains(name)) {
                problems.warning("import.sheet.unknown", sheet.name(), String.join(", ", specs.stream().map(SheetSpec::name).toList()));
            }
        }
        if (!any) {
            problems.error("import.workbook.no-sheets");
        }
        return any;
    }

    /** A derived column is never read back; a changed one gets a warning that says where the change belongs. */
    private static void checkDerived(List<SheetMerge.DerivedCell> derived, List<SheetSpec> specs, CellProblems problems) {
        for (SheetMerge.DerivedCell cell : derived) {
            Object shown = cell.shown();
            String typed = cell.cell() == null ? "" : Codec.trim(cell.cell().value());
            if (!typed.isEmpty() && !typed.equals(shown == null ? "" : shown.toString())) {
                String history = specs.stream().filter(spec -> spec.parent() == cell.sheet() && spec.list().equals("history"))
                        .map(SheetSpec::name).findFirst().orElseThrow();
                problems.warning(cell.place(), "import.derived.changed", cell.field().header(), typed, history);
            }
        }
    }
}
