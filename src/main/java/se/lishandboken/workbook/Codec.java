package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * How a column's cells and a data file's values translate, both ways. Export and import use the same
 * codec, so a value written to a cell reads back to the same JSON.
 */
enum Codec {
    /** Free text, kept as typed (a number or date typed into it becomes its text). */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** Ja or nej. */
    BOOLEAN,
    /** A date, {@code ÅÅÅÅ-MM-DD}: a date cell, or text in that form. */
    DATE,
    /** An id or a value from a fixed list: text without surrounding spaces. */
    ID,
    /** Ids, separated by commas (ids never hold one). */
    ID_LIST,
    /** Lines of text, one entry per line (entries may hold commas). */
    TEXT_LIST,
    /** Whole numbers, separated by commas. */
    INTEGER_LIST,
    /** A count per name, one {@code name: count} per line. */
    COUNTS;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s\\u00a0\\u2007\\u202f]+");
    /** Spaces Excel users type or paste that {@link String#strip()} keeps: no-break spaces. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00a0\\u2007\\u202f]+|[\\s\\u00a0\\u2007\\u202f]+$");

    /** What a cell shows for {@code value}: a String, Number, Boolean or LocalDate; null for nothing. */
    Object toCell(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        return switch (this) {
            case TEXT, ID -> value.isContainerNode() ? value.toString() : value.asText();
            case INTEGER -> value.isNumber() ? value.decimalValue() : value.asText();
            case BOOLEAN -> value.isBoolean() ? value.booleanValue() : value.asText();
            case DATE -> dateOrText(value.asText());
            case ID_LIST, INTEGER_LIST -> joined(value, ", ");
            case TEXT_LIST -> joined(value, "\n");
            case COUNTS -> counts(value);
        };
    }

    /**
     * The JSON value of {@code cell}; null for a cell with nothing in it. Formulas and errors never get
     * here: the importer refuses them for every column alike.
     *
     * @throws CellValueException if the column cannot take the value
     */
    JsonNode toJson(ReadCell cell) throws CellValueException {
        String text = cell.value();
        if (cell.kind() == CellKind.TEXT && isBlank(text)) {
            return null;
        }
        return switch (this) {
            case TEXT -> JSON.textNode(text);
            case ID -> JSON.textNode(trim(text));
            case INTEGER -> integer(cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.TEXT ? trim(text) : null, cell);
            case BOOLEAN -> bool(cell);
            case DATE -> date(cell);
            case ID_LIST -> list(LIST_SEPARATOR.split(trim(text)), false, cell);
            case INTEGER_LIST -> list(LIST_SEPARATOR.split(trim(text)), true, cell);
            case TEXT_LIST -> list(text.split("\\R"), false, cell);
            case COUNTS -> countsOf(text, cell);
        };
    }

    /** {@code text} without the spaces around it, no-break spaces included. */
    static String trim(String text) {
        return EDGE_SPACE.matcher(text).replaceAll("");
    }

    /** Whether {@code text} is empty or only spaces, no-break spaces included. */
    static boolean isBlank(String text) {
        return trim(text).isEmpty();
    }

    private static JsonNode integer(String text, ReadCell cell) throws CellValueException {
        try {
            BigDecimal number = new BigDecimal(text == null ? "" : text.replace('\u2212', '-'));
            long whole = number.longValueExact();
            return whole == (int) whole ? JSON.numberNode((int) whole) : JSON.numberNode(whole);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CellValueException("import.cell.integer", cell.value());
        }
    }

    private static JsonNode bool(ReadCell cell) throws CellValueException {
        String text = trim(cell.value()).toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals(WorkbookText.get("yes"))) {
            return JSON.booleanNode(true);
        }
        if (text.equals("false") || text.equals(WorkbookText.get("no"))) {
            return JSON.booleanNode(false);
        }
        throw new CellValueException("import.cell.boolean", cell.value());
    }

    private static JsonNode date(ReadCell cell) throws CellValueException {
        if (cell.kind() == CellKind.DATE) {
            return JSON.textNode(cell.value());
        }
        if (cell.kind() == CellKind.NUMBER) {
            throw new CellValueException("import.cell.date-number", cell.value());
        }
        Matcher parts = ISO_DATE.matcher(trim(cell.value()));
        if (cell.kind() == CellKind.TEXT && parts.matches()) {
            try {
                return JSON.textNode(LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3))).toString());
            } catch (java.time.DateTimeException e) {
                throw new CellValueException("import.cell.date-invalid", cell.value());
            }
        }
        throw new CellValueException("import.cell.date-text", cell.value());
    }

    private static JsonNode list(String[] parts, boolean integers, ReadCell cell) throws CellValueException {
        ArrayNode array = JSON.arrayNode();
        for (String part : parts) {
            String entry = trim(part);
            if (!entry.isEmpty()) {
                array.add(integers ? integer(entry, cell) : JSON.textNode(entry));
            }
        }
        return array.isEmpty() ? null : array;
    }

    private static JsonNode countsOf(String text, ReadCell cell) throws CellValueException {
        ObjectNode counts = JSON.objectNode();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon <= 0) {
                throw new CellValueException("import.cell.counts", trim(line));
            }
            String name = trim(line.substring(0, colon));
            if (counts.has(name)) {
                throw new CellValueException("import.cell.counts-twice", name);
            }
            counts.set(name, integer(trim(line.substring(colon + 1)), cell));
        }
        return counts.isEmpty() ? null : counts;
    }

    private static Object dateOrText(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static String joined(JsonNode value, String separator) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> entries = new ArrayList<>();
        value.forEach(entry -> entries.add(entry.asText()));
        return entries.isEmpty() ? null : String.join(separator, entries);
    }

    private static String counts(JsonNode value) {
        List<String> lines = StreamSupport.stream(value.properties().spliterator(), false)
                .map(entry -> entry.getKey() + ": " + entry.getValue().asText()).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
