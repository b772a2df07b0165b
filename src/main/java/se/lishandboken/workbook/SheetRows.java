package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.lishandboken.register.Visibility;

/**
 * The rows of a sheet, from the data files. The intranet edition leaves out every record only management
 * may see, its entries, and every reference to it: an id can say more than it should.
 */
final class SheetRows {
    /** The most characters Excel holds in a cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private final RegisterTrees trees;
    private final Set<String> hidden;
    private final List<se.lishandboken.problem.Problem> problems = new ArrayList<>();

    /** @param hidden the ids left out of this edition; empty for the management edition */
    SheetRows(RegisterTrees trees, Set<String> hidden) {
        this.trees = trees;
        this.hidden = hidden;
    }

    SheetData of(SheetSpec spec) {
        List<Column> columns = new ArrayList<>();
        if (spec.holdsEntries()) {
            columns.add(Column.text(spec.parentHeader()));
        }
        spec.fields().forEach(field -> columns.add(new Column(field.header(), field.choice())));
        List<List<Object>> rows = new ArrayList<>();
        SheetSpec records = spec.holdsEntries() ? spec.parent() : spec;
        JsonNode file = trees.file(spec.file());
        JsonNode list = file == null ? JsonNodeFactory.instance.arrayNode() : file.path(records.list());
        for (int i = 0; i < list.size(); i++) {
            JsonNode record = list.get(i);
            if (isHidden(record)) {
                continue;
            }
            String pointer = "/" + records.list() + "/" + i;
            if (spec.holdsEntries()) {
                Object parentKey = records.keyField().codec().toCell(record.path(records.keyField().path()));
                JsonNode entries = record.path(spec.list());
                for (int j = 0; j < entries.size(); j++) {
                    List<Object> row = new ArrayList<>();
                    row.add(parentKey);
                    row.addAll(values(spec, entries.get(j), pointer + "/" + spec.list() + "/" + j));
                    rows.add(row);
                }
            } else {
                rows.add(values(spec, record, pointer));
            }
        }
        return new SheetData(spec.name(), columns, rows);
    }

    private boolean isHidden(JsonNode record) {
        return !hidden.isEmpty() && Visibility.LEDNING_NAME.equals(record.path("visibility").asText());
    }

    private List<Object> values(SheetSpec spec, JsonNode record, String pointer) {
        List<Object> values = new ArrayList<>();
        for (Field field : spec.fields()) {
            Object value = field.codec().toCell(withoutHidden(field, field.valueIn(record)));
            if (value instanceof String text && text.length() > MAX_CELL_TEXT) {
                se.lishandboken.problem.Problem message = se.lishandboken.problem.ProblemText.error(null, 0, "export.cell.too-long",
                        text.length(), MAX_CELL_TEXT);
                problems.add(new se.lishandboken.problem.Problem(message.severity(), java.nio.file.Path.of("data", spec.file()), 0, 0,
                        pointer + "/" + field.path(), message.message(), message.hint()));
                value = null;
            }
            values.add(value);
        }
        return values;
    }

    /** The values too long for a cell, each at its JSON pointer; the workbook must not be written if there is one. */
    List<se.lishandboken.problem.Problem> problems() {
        return List.copyOf(problems);
    }

    private JsonNode withoutHidden(Field field, JsonNode value) {
        if (hidden.isEmpty() || field.codec() != Codec.ID && field.codec() != Codec.ID_LIST) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode shown = JsonNodeFactory.instance.arrayNode();
            value.forEach(id -> {
                if (!hidden.contains(id.asText())) {
                    shown.add(id);
                }
            });
            return shown;
        }
        return hidden.contains(value.asText()) ? null : value;
    }
}
