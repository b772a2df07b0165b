package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lishandboken.register.Visibility;

/**
 * Merges one sheet's rows into the data files' trees. A row updates the record (or entry) with the same
 * key and adds one that is new; a record or entry that has no row is kept, never removed. A new dated
 * entry goes in date order. Columns are found by their header, so a column moved or left out is no loss.
 */
final class SheetMerge {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SheetSpec spec;
    /** The column of a sheet of entries that names the record holding the entry. */
    private final Field parentColumn;
    private final Map<String, ObjectNode> files;
    private final Set<String> hidden;
    private final RecordFields fields;
    private final CellProblems problems;
    private final Map<JsonNode, RowOrigin> origins;
    private final List<DerivedCell> derivedCells;
    /** The column of each field's path and the sheet of each list, which every row's {@link RowOrigin} shares. */
    private final Map<String, Integer> columnsByPath = new HashMap<>();
    private final Map<String, String> listSheets;
    /** The columns with a header (known or not), and those without one already warned of. */
    private final Set<Integer> headed = new java.util.HashSet<>();
    private final Set<Integer> warnedUnheaded = new java.util.HashSet<>();

    /** A derived column's cell, checked once every sheet is merged (a status comes from the history sheet). */
    record DerivedCell(SheetSpec sheet, Field field, ReadCell cell, CellPlace place, Object shown) {
    }

    /** A row's cells by field; {@code readable} is false when one holds a formula or an error (reported). */
    private record RowCells(Map<Field, ReadCell> cells, boolean readable) {
    }

    /** A row of a sheet of entries, with the record it belongs to and its key, before it is matched to an entry. */
    private record EntryRow(ReadRow row, Map<Field, ReadCell> cells, ObjectNode parent, String key) {
    }

    /** What a sheet added and changed: how many rows, and which records (by key) they belong to. */
    static final class Count {
        private final String sheet;
        private int added;
        private int changed;
        private final Set<String> addedTo = new java.util.LinkedHashSet<>();
        private final Set<String> changedIn = new java.util.LinkedHashSet<>();

        Count(String sheet) {
            this.sheet = sheet;
        }

        void add(String key, boolean isNew, boolean updated) {
            if (isNew) {
                added++;
                addedTo.add(key);
            } else if (updated) {
                changed++;
                changedIn.add(key);
            }
        }

        String sheet() {
            return sheet;
        }

        int added() {
            return added;
        }

        int changed() {
            return changed;
        }

        /** The keys of the records that are new, or (on a sheet of entries) that got a new entry. */
        Set<String> addedTo() {
            return addedTo;
        }

        Set<String> changedIn() {
            return changedIn;
        }
    }

    /** @param listSheets the sheet of each list in this sheet's records, by the list's field */
    SheetMerge(SheetSpec spec, Map<String, ObjectNode> files, Set<String> hidden, CellProblems problems,
            Map<JsonNode, RowOrigin> origins, List<DerivedCell> derivedCells, Map<String, String> listSheets) {
        this.spec = spec;
        this.listSheets = listSheets;
        this.parentColumn = spec.holdsEntries() ? new Field(spec.parentHeader(), "", Codec.ID, null, null) : null;
        this.files = files;
        this.hidden = hidden;
        this.fields = new RecordFields(hidden);
        this.problems = problems;
        this.origins = origins;
        this.derivedCells = derivedCells;
    }

    Count merge(ReadSheet sheet) {
        if (!sheet.mergedRegions().isEmpty()) {
            sheet.mergedRegions().forEach(range -> problems.error(CellPlace.row(sheet.name(), firstRow(range)), "import.merged", range));
            return new Count(sheet.name());
        }
        if (sheet.rows().isEmpty()) {
            return new Count(sheet.name());
        }
        Map<Integer, Field> columns = columns(sheet.rows().get(0), sheet.name());
        if (columns == null) {
            return new Count(sheet.name());
        }
        columns.forEach((column, field) -> {
            if (field != parentColumn) {
                columnsByPath.put(field.path(), column);
            }
        });
        return spec.holdsEntries() ? mergeEntries(sheet, columns) : mergeRecords(sheet, columns);
    }

    /** The field of each column, found by its header in row 1; null (after reporting) if the sheet cannot be read. */
    private Map<Integer, Field> columns(ReadRow header, String sheetName) {
        Map<String, Field> byHeader = new LinkedHashMap<>();
        if (spec.holdsEntries()) {
            byHeader.put(spec.parentHeader(), parentColumn);
        }
        spec.fields().forEach(field -> byHeader.put(field.header(), field));
        Map<Integer, Field> columns = new LinkedHashMap<>();
        Map<Field, Integer> seen = new IdentityHashMap<>();
        for (ReadCell cell : header.cells()) {
            headed.add(cell.column());
            CellPlace place = new CellPlace(sheetName, header.number(), cell.column(), cell.value());
            Field field = cell.kind() == CellKind.TEXT ? byHeader.get(cell.value().strip()) : null;
            if (field == null) {
                problems.warning(place, "import.header.unknown", cell.value(), String.join(", ", byHeader.keySet()));
            } else if (seen.put(field, cell.column()) != null) {
                problems.error(place, "import.header.twice", cell.value());
            } else {
                columns.put(cell.column(), field);
            }
        }
        Field key = spec.holdsEntries() ? parentColumn : spec.keyField();
        List<Field> required = new ArrayList<>(List.of(key));
        if (spec.holdsEntries()) {
            spec.fields().stream().filter(field -> spec.rowKey().contains(field.path())).forEach(required::add);
        }
        boolean usable = true;
        for (Field field : required) {
            if (!seen.containsKey(field)) {
                problems.error(CellPlace.row(sheetName, header.number()), "import.header.missing",
                        field.header());
                usable = false;
            }
        }
        return usable ? columns : null;
    }

    private Count mergeRecords(ReadSheet sheet, Map<Integer, Field> columns) {
        ArrayNode records = array(spec.file(), spec.list(), false);
        Map<String, ObjectNode> byKey = byKey(records, spec.keyField());
        Map<String, Integer> rowOfKey = new HashMap<>();
        Count count = new Count(sheet.name());
        for (ReadRow row : sheet.rows().subList(1, sheet.rows().size())) {
            RowCells cells = cellsOf(row, columns, sheet.name());
            Field keyField = spec.keyField();
            JsonNode key = cells == null || !cells.readable() && !cells.cells().containsKey(keyField) ? null
                    : key(keyField, keyField, cells.cells(), row, columns, sheet.name());
            if (key == null) {
                continue;
            }
            Integer earlier = rowOfKey.putIfAbsent(key.asText(), row.number());
            if (earlier != null) {
                problems.error(place(sheet.name(), row, columns, keyField), "import.row.twice", keyField.header(), key.asText(), earlier);
                continue;
            }
            ObjectNode record = byKey.get(key.asText());
            if (record != null && isHidden(record)) {
                problems.error(place(sheet.name(), row, columns, keyField), "import.row.hidden-id", key.asText());
                continue;
            }
            if (!cells.readable()) {
                continue;
            }
            boolean isNew = record == null;
            if (isNew) {
                // The file (and its array) is made at its first new record: a sheet with no rows writes no file.
                records = array(spec.file(), spec.list(), true);
                record = records.addObject();
                record.set(keyField.path(), key);
            }
            count.add(key.asText(), isNew, apply(record, row, cells.cells(), columns, sheet.name()));
        }
        List<String> missing = new ArrayList<>();
        records.forEach(record -> {
            if (!rowOfKey.containsKey(record.path(spec.keyField().path()).asText()) && !isHidden(record)) {
                missing.add(record.path(spec.keyField().path()).asText());
            }
        });
        warnKept(sheet.name(), missing);
        return count;
    }

    /**
     * Matches each row to the entry it came from, then applies the rows in the sheet's order. Rows with the
     * same key (two status changes on one day) go first to the entry they equal, then in order, so that
     * sorting the sheet does not swap which is which.
     */
    private Count mergeEntries(ReadSheet sheet, Map<Integer, Field> columns) {
        SheetSpec parentSpec = spec.parent();
        ArrayNode parents = array(spec.file(), parentSpec.list(), false);
        Map<String, ObjectNode> parentByKey = byKey(parents, parentSpec.keyField());
        List<EntryRow> rows = new ArrayList<>();
        // A dated entry may come twice on one day (two status changes); any other key names one entry of its record.
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (ReadRow row : sheet.rows().subList(1, sheet.rows().size())) {
            EntryRow entryRow = entryRow(row, columns, sheet.name(), parentByKey);
            if (entryRow == null) {
                continue;
            }
            String parentKey = entryRow.parent().path(parentSpec.keyField().path()).asText();
            Integer earlier = spec.dated() ? null : rowOfKey.putIfAbsent(parentKey + "\u0000" + entryRow.key(), row.number());
            if (earlier != null) {
                Field keyField = fieldAt(spec.rowKey().get(0));
                problems.error(place(sheet.name(), row, columns, keyField), "import.row.twice", keyField.header(),
                        parentKey + " " + entryRow.key().replace('\u0000', ' '), earlier);
                continue;
            }
            rows.add(entryRow);
        }
        Map<EntryRow, ObjectNode> entries = match(rows);
        Set<JsonNode> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Count count = new Count(sheet.name());
        for (EntryRow row : rows) {
            ObjectNode entry = entries.get(row);
            boolean isNew = entry == null;
            if (isNew) {
                entry = JSON.objectNode();
                ArrayNode list = row.parent().get(spec.list()) instanceof ArrayNode existing ? existing : row.parent().putArray(spec.list());
                insert(list, entry, spec.dated() ? dateOf(row) : null);
            }
            matched.add(entry);
            String parentKey = row.parent().path(parentSpec.keyField().path()).asText();
            count.add(parentKey, isNew, apply(entry, row.row(), row.cells(), columns, sheet.name()));
        }
        List<String> missing = new ArrayList<>();
        parents.forEach(parent -> {
            if (!isHidden(parent)) {
                parent.path(spec.list()).forEach(entry -> {
                    if (!matched.contains(entry)) {
                        missing.add(parent.path(parentSpec.keyField().path()).asText() + " " + describeKey(entry, spec.rowKey()));
                    }
                });
            }
        });
        warnKept(sheet.name(), missing);
        return count;
    }

    /** A row of entries with its record and key; null (after reporting, if need be) for a row that cannot be applied. */
    private EntryRow entryRow(ReadRow row, Map<Integer, Field> columns, String sheetName, Map<String, ObjectNode> parentByKey) {
        RowCells cells = cellsOf(row, columns, sheetName);
        SheetSpec parentSpec = spec.parent();
        JsonNode parentKey = cells == null ? null : key(parentSpec.keyField(), parentColumn, cells.cells(), row, columns, sheetName);
        if (parentKey == null) {
            return null;
        }
        ObjectNode parent = parentByKey.get(parentKey.asText());
        if (parent == null || isHidden(parent)) {
            problems.error(place(sheetName, row, columns, parentColumn), parent == null ? "import.row.parent-unknown"
                    : "import.row.hidden-id", parent == null ? spec.parentHeader() : parentKey.asText(), parentKey.asText(),
                    parentSpec.name());
            return null;
        }
        List<String> key = new ArrayList<>();
        for (String path : spec.rowKey()) {
            JsonNode part = key(fieldAt(path), fieldAt(path), cells.cells(), row, columns, sheetName);
            if (part == null) {
                return null;
            }
            key.add(part.asText());
        }
        return cells.readable() ? new EntryRow(row, cells.cells(), parent, String.join("\u0000", key)) : null;
    }

    /** The entry each row came from; a row with none is new. */
    private Map<EntryRow, ObjectNode> match(List<EntryRow> rows) {
        Map<EntryRow, ObjectNode> matched = new IdentityHashMap<>();
        Set<JsonNode> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (boolean exact : new boolean[] {true, false}) {
            for (EntryRow row : rows) {
                if (matched.containsKey(row)) {
                    continue;
                }
                for (JsonNode entry : row.parent().path(spec.list())) {
                    if (!taken.contains(entry) && keyOf(entry).equals(row.key()) && (!exact || equals(entry, row))) {
                        matched.put(row, (ObjectNode) entry);
                        taken.add(entry);
                        break;
                    }
                }
            }
        }
        return matched;
    }

    private String keyOf(JsonNode entry) {
        return String.join("\u0000", spec.rowKey().stream().map(path -> entry.path(path).asText()).toList());
    }

    /** Whether the entry already holds every value of the row. */
    private boolean equals(JsonNode entry, EntryRow row) {
        for (Field field : spec.fields()) {
            ReadCell cell = row.cells().get(field);
            try {
                if (!field.isDerived() && !RecordFields.same(entry.at("/" + field.path()), cell == null ? null : field.codec().toJson(cell))) {
                    return false;
                }
            } catch (CellValueException e) {
                return false;
            }
        }
        return true;
    }

    private String dateOf(EntryRow row) {
        return row.key().split("\u0000", -1)[spec.rowKey().indexOf("date")];
    }

    private Field fieldAt(String path) {
        return spec.fields().stream().filter(field -> field.path().equals(path)).findFirst().orElseThrow();
    }

    /** The records of {@code array} by their key, the first of two with the same key winning (the build reports the second). */
    private static Map<String, ObjectNode> byKey(ArrayNode array, Field key) {
        Map<String, ObjectNode> byKey = new HashMap<>();
        array.forEach(record -> byKey.putIfAbsent(record.path(key.path()).asText(), (ObjectNode) record));
        return byKey;
    }

    /** A key's value, as {@code field} reads it from {@code column}'s cell; null (after reporting) if it is missing or bad. */
    private JsonNode key(Field field, Field column, Map<Field, ReadCell> cells, ReadRow row, Map<Integer, Field> columns,
            String sheetName) {
        ReadCell cell = cells.get(column);
        if (cell == null) {
            problems.error(place(sheetName, row, columns, column), "import.row.key-missing", column.header());
            return null;
        }
        try {
            return field.codec().toJson(cell);
        } catch (CellValueException e) {
            problems.error(new CellPlace(sheetName, row.number(), cell.column(), column.header()), e.key(), e.arguments());
            return null;
        }
    }

    /** The cells of a row by field; null for a blank row. A formula or an error is reported and makes the row unreadable. */
    private RowCells cellsOf(ReadRow row, Map<Integer, Field> columns, String sheetName) {
        Map<Field, ReadCell> cells = new IdentityHashMap<>();
        boolean readable = true;
        for (ReadCell cell : row.cells()) {
            Field field = columns.get(cell.column());
            if (field == null) {
                if (!headed.contains(cell.column()) && warnedUnheaded.add(cell.column())) {
                    problems.warning(new CellPlace(sheetName, row.number(), cell.column(), ""), "import.cell.no-header");
                }
                continue;
            }
            CellPlace place = new CellPlace(sheetName, row.number(), cell.column(), field.header());
            if (cell.kind() == CellKind.FORMULA) {
                problems.error(place, "import.cell.formula", cell.value());
                readable = false;
            } else if (cell.kind() == CellKind.ERROR) {
                problems.error(place, "import.cell.error", cell.value());
                readable = false;
            } else if (!(cell.kind() == CellKind.TEXT && Codec.isBlank(cell.value()))) {
                cells.put(field, cell);
            }
        }
        return cells.isEmpty() && readable ? null : new RowCells(cells, readable);
    }

    /** Sets every column's field of the record or entry; derived columns are kept to be checked at the end. */
    private boolean apply(ObjectNode record, ReadRow row, Map<Field, ReadCell> cells, Map<Integer, Field> columns,
            String sheetName) {
        boolean updated = false;
        for (Map.Entry<Integer, Field> column : columns.entrySet()) {
            Field field = column.getValue();
            if (field == parentColumn || !spec.holdsEntries() && field == spec.keyField()) {
                continue;
            }
            CellPlace place = new CellPlace(sheetName, row.number(), column.getKey(), field.header());
            ReadCell cell = cells.get(field);
            if (field.isDerived()) {
                // What the cell showed when exported: the history sheet, merged later, may rightly change the value.
                derivedCells.add(new DerivedCell(spec, field, cell, place, field.codec().toCell(field.valueIn(record))));
                continue;
            }
            try {
                JsonNode value = cell == null ? null : field.codec().toJson(cell);
                warnIfPublished(record, field, value, place);
                updated |= fields.set(record, field, value);
            } catch (CellValueException e) {
                problems.error(place, e.key(), e.arguments());
            }
        }
        origins.put(record, new RowOrigin(spec, row.number(), columnsByPath, listSheets));
        return updated;
    }

    /** Taking "ledning" out of a record's visibility publishes it on the intranet: never without a word. */
    private void warnIfPublished(ObjectNode record, Field field, JsonNode value, CellPlace place) {
        if (field.path().equals("visibility") && Visibility.LEDNING_NAME.equals(record.path("visibility").asText())
                && (value == null || !Visibility.LEDNING_NAME.equals(value.asText()))) {
            problems.warning(place, "import.visibility.published", record.path("id").asText());
        }
    }

    /** The file's array, created (with the file, if need be) when {@code create}; otherwise a detached empty one if there is none. */
    private ArrayNode array(String file, String list, boolean create) {
        ObjectNode tree = files.get(file);
        if (tree == null) {
            if (!create) {
                return JSON.arrayNode();
            }
            tree = JSON.objectNode();
            tree.put("$schema", "./schema/" + file.replace(".json", ".schema.json"));
            files.put(file, tree);
        }
        return tree.get(list) instanceof ArrayNode array ? array : tree.putArray(list);
    }

    private boolean isHidden(JsonNode record) {
        return !hidden.isEmpty() && Visibility.LEDNING_NAME.equals(record.path("visibility").asText());
    }

    /** Adds a dated entry after the last one dated the same day or earlier; an undated one last. */
    private static void insert(ArrayNode entries, ObjectNode entry, String date) {
        int at = entries.size();
        if (date != null) {
            while (at > 0 && entries.get(at - 1).path("date").asText().compareTo(date) > 0) {
                at--;
            }
        }
        entries.insert(at, entry);
    }

    private static String describeKey(JsonNode entry, List<String> rowKey) {
        return String.join(" ", rowKey.stream().map(path -> entry.path(path).asText()).toList());
    }

    private void warnKept(String sheetName, List<String> missing) {
        if (!missing.isEmpty()) {
            List<String> shown = missing.size() > 5 ? missing.subList(0, 5) : missing;
            problems.warning(CellPlace.sheet(sheetName), "import.kept", missing.size(), String.join(", ", shown)
                    + (missing.size() > shown.size() ? " …" : ""), "data/" + spec.file());
        }
    }

    private static CellPlace place(String sheetName, ReadRow row, Map<Integer, Field> columns, Field field) {
        for (Map.Entry<Integer, Field> column : columns.entrySet()) {
            if (column.getValue() == field) {
                return new CellPlace(sheetName, row.number(), column.getKey(), field.header());
            }
        }
        return CellPlace.row(sheetName, row.number());
    }

    private static int firstRow(String range) {
        return new org.apache.poi.ss.util.CellReference(range.split(":")[0]).getRow() + 1;
    }
}
