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
    private final RegisterTrees trees;
    private final Set<String> hidden;

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
        for (JsonNode record : file == null ? JsonNodeFactory.instance.arrayNode() : file.path(records.list())) {
            if (isHidden(record)) {
                continue;
            }
            if (spec.holdsEntries()) {
                Object parentKey = records.keyField().codec().toCell(record.path(records.keyField().path()));
                for (JsonNode entry : record.path(spec.list())) {
                    List<Object> row = new ArrayList<>();
                    row.add(parentKey);
                    row.addAll(values(spec, entry));
                    rows.add(row);
                }
            } else {
                rows.add(values(spec, record));
            }
        }
        return new SheetData(spec.name(), columns, rows);
    }

    private boolean isHidden(JsonNode record) {
        return !hidden.isEmpty() && Visibility.LEDNING_NAME.equals(record.path("visibility").asText());
    }

    private List<Object> values(SheetSpec spec, JsonNode record) {
        List<Object> values = new ArrayList<>();
        for (Field field : spec.fields()) {
            values.add(field.codec().toCell(withoutHidden(field, field.valueIn(record))));
        }
        return values;
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
