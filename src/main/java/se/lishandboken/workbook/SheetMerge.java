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
    /** The field and column of each path, which every row's {@link RowOrigin} shares. */
    private final Map<String, Field> fieldsByPath = new HashMap<>();
    private final Map<String, Integer> columnsByPath = new HashMap<>();
    /** The columns with a header (known or not), and those without one already warned of. */
    private final Set<Integer> headed = new java.util.HashSet<>();
    private final Set<Integer> warnedUnheaded = new java.util.HashSet<>();

    /** A derived column's cell, checked once every sheet is merged (a status comes from the history sheet). */
    record DerivedCell(SheetSpec sheet, ObjectNode record, Field field, ReadCell cell, CellPlace place) {
    }

    /** How many records or entries a sheet added and changed. */
    record Count(String sheet, int added, int changed) {
    }

    SheetMerge(SheetSpec spec, Map<String, ObjectNode> files, Set<String> hidden, CellProblems problems,
            Map<JsonNode, RowOrigin> origins, List<DerivedCell> derivedCells) {
        this.spec = spec;
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
            return new Count(sheet.name(), 0, 0);
        }
        if (sheet.rows().isEmpty()) {
            return new Count(sheet.name(), 0, 0);
        }
        Map<Integer, Field> columns = columns(sheet.rows().get(0), sheet.name());
        if (columns == null) {
            return new Count(sheet.name(), 0, 0);
        }
        columns.forEach((column, field) -> {
            if (field != parentColumn) {
                fieldsByPath.put(field.path(), field);
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
        int added = 0;
        int changed = 0;
        for (ReadRow row : sheet.rows().subList(1, sheet.rows().size())) {
            Map<Field, ReadCell> cells = cellsOf(row, columns, sheet.name());
            Field keyField = spec.keyField();
            JsonNode key = cells == null ? null : key(keyField, keyField, cells, row, sheet.name());
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
            boolean isNew = record == null;
            if (isNew) {
                // The file (and its array) is made at its first new record: a sheet with no rows writes no file.
                records = array(spec.file(), spec.list(), true);
                record = records.addObject();
                record.set(keyField.path(), key);
            }
            boolean updated = apply(record, row, cells, columns, sheet.name());
            added += isNew ? 1 : 0;
            changed += !isNew && updated ? 1 : 0;
        }
        List<String> missing = new ArrayList<>();
        records.forEach(record -> {
            if (!rowOfKey.containsKey(record.path(spec.keyField().path()).asText()) && !isHidden(record)) {
                missing.add(record.path(spec.keyField().path()).asText());
            }
        });
        warnKept(sheet.name(), missing);
        return new Count(sheet.name(), added, changed);
    }

    private Count mergeEntries(ReadSheet sheet, Map<Integer, Field> columns) {
        SheetSpec parentSpec = spec.parent();
        ArrayNode parents = array(spec.file(), parentSpec.list(), false);
        Map<String, ObjectNode> parentByKey = byKey(parents, parentSpec.keyField());
        Map<String, Integer> occurrences = new HashMap<>();
        Map<JsonNode, Boolean> matched = new IdentityHashMap<>();
        int added = 0;
        int changed = 0;
        for (ReadRow row : sheet.rows().subList(1, sheet.rows().size())) {
            Map<Field, ReadCell> cells = cellsOf(row, columns, sheet.name());
            JsonNode parentKey = cells == null ? null : key(parentSpec.keyField(), parentColumn, cells, row, sheet.name());
            if (parentKey == null) {
                continue;
            }
            ObjectNode parent = parentByKey.get(parentKey.asText());
            if (parent == null) {
                problems.error(place(sheet.name(), row, columns, parentColumn), "import.row.parent-unknown", spec.parentHeader(),
                        parentKey.asText(), parentSpec.name());
                continue;
            }
            List<JsonNode> key = new ArrayList<>();
            boolean complete = true;
            for (String path : spec.rowKey()) {
                Field field = spec.fields().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
                JsonNode part = key(field, field, cells, row, sheet.name());
                complete &= part != null;
                key.add(part);
            }
            if (!complete) {
                continue;
            }
            String occurrenceKey = parentKey.asText() + "\u0000" + key;
            int occurrence = occurrences.merge(occurrenceKey, 1, Integer::sum) - 1;
            ArrayNode entries = parent.get(spec.list()) instanceof ArrayNode list ? list : parent.putArray(spec.list());
            ObjectNode entry = nth(entries, spec.rowKey(), key, occurrence);
            boolean isNew = entry == null;
            if (isNew) {
                entry = JSON.objectNode();
                insert(entries, entry, spec.dated() ? key.get(spec.rowKey().indexOf("date")).asText() : null);
            }
            matched.put(entry, Boolean.TRUE);
            boolean updated = apply(entry, row, cells, columns, sheet.name());
            added += isNew ? 1 : 0;
            changed += !isNew && updated ? 1 : 0;
        }
        List<String> missing = new ArrayList<>();
        parents.forEach(parent -> {
            if (!isHidden(parent)) {
                parent.path(spec.list()).forEach(entry -> {
                    if (!matched.containsKey(entry)) {
                        missing.add(parent.path(parentSpec.keyField().path()).asText() + " " + describeKey(entry, spec.rowKey()));
                    }
                });
            }
        });
        warnKept(sheet.name(), missing);
        return new Count(sheet.name(), added, changed);
    }

    /** The records of {@code array} by their key, the first of two with the same key winning (the build reports the second). */
    private static Map<String, ObjectNode> byKey(ArrayNode array, Field key) {
        Map<String, ObjectNode> byKey = new HashMap<>();
        array.forEach(record -> byKey.putIfAbsent(record.path(key.path()).asText(), (ObjectNode) record));
        return byKey;
    }

    /** A key's value, as {@code field} reads it from {@code column}'s cell; null (after reporting) if it is missing or bad. */
    private JsonNode key(Field field, Field column, Map<Field, ReadCell> cells, ReadRow row, String sheetName) {
        if (!cells.containsKey(column)) {
            problems.error(CellPlace.row(sheetName, row.number()), "import.row.key-missing", column.header());
            return null;
        }
        ReadCell cell = cells.get(column);
        try {
            return field.codec().toJson(cell);
        } catch (CellValueException e) {
            problems.error(new CellPlace(sheetName, row.number(), cell.column(), column.header()), e.key(), e.arguments());
            return null;
        }
    }

    /** The cells of a row by field, or null (after reporting) for a row to skip: blank, or with a formula. */
    private Map<Field, ReadCell> cellsOf(ReadRow row, Map<Integer, Field> columns, String sheetName) {
        Map<Field, ReadCell> cells = new IdentityHashMap<>();
        boolean unreadable = false;
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
                unreadable = true;
            } else if (cell.kind() == CellKind.ERROR) {
                problems.error(place, "import.cell.error", cell.value());
                unreadable = true;
            } else if (!(cell.kind() == CellKind.TEXT && cell.value().isBlank())) {
                cells.put(field, cell);
            }
        }
        return unreadable || cells.isEmpty() ? null : cells;
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
                derivedCells.add(new DerivedCell(spec, record, field, cell, place));
                continue;
            }
            try {
                updated |= fields.set(record, field, cell == null ? null : field.codec().toJson(cell));
            } catch (CellValueException e) {
                problems.error(place, e.key(), e.arguments());
            }
        }
        origins.put(record, new RowOrigin(sheetName, row.number(), fieldsByPath, columnsByPath));
        return updated;
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

    /** The {@code occurrence}-th entry (0-based) whose key fields equal {@code key}. */
    private static ObjectNode nth(ArrayNode entries, List<String> rowKey, List<JsonNode> key, int occurrence) {
        int found = 0;
        for (JsonNode entry : entries) {
            boolean equal = true;
            for (int i = 0; i < rowKey.size(); i++) {
                equal &= RecordFields.same(entry.path(rowKey.get(i)), key.get(i));
            }
            if (equal && found++ == occurrence && entry instanceof ObjectNode object) {
                return object;
            }
        }
        return null;
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
            problems.warning(CellPlace.row(sheetName, 1), "import.kept", missing.size(), String.join(", ", shown)
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
