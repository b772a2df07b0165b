package se.lishandboken.workbook;

import static se.lishandboken.workbook.Codec.BOOLEAN;
import static se.lishandboken.workbook.Codec.COUNTS;
import static se.lishandboken.workbook.Codec.DATE;
import static se.lishandboken.workbook.Codec.ID;
import static se.lishandboken.workbook.Codec.ID_LIST;
import static se.lishandboken.workbook.Codec.INTEGER;
import static se.lishandboken.workbook.Codec.INTEGER_LIST;
import static se.lishandboken.workbook.Codec.TEXT;
import static se.lishandboken.workbook.Codec.TEXT_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.lishandboken.config.ClassificationScale;

/**
 * Every sheet of the register workbook and the data it holds: the one table that both {@code lis export}
 * and {@code lis import} read, so a column cannot mean one thing going out and another coming back.
 * The headers are in {@code lis/workbook.properties}, in the order of the fields here.
 */
final class SheetSpecs {
    private SheetSpecs() {
    }

    /** The sheets in the workbook's order; a sheet of entries comes after the sheet of its records. */
    static List<SheetSpec> all(ClassificationScale scale) {
        SheetSpec assets = records("assets", "assets.json", "assets",
                field("id", ID), field("name", TEXT), field("owner", ID, Choice.ROLES), field("administrator", ID, Choice.ROLES),
                field("unit", ID, Choice.UNITS), field("processes", ID_LIST), field("system", TEXT), field("supplier", TEXT),
                field("personalData", BOOLEAN, Choice.YES_NO), field("processingRecords", ID_LIST),
                field("reclassificationMonths", INTEGER), field("recorded", DATE), field("description", TEXT), visibility());
        SheetSpec processes = records("processes", "processes.json", "processes",
                field("id", ID), field("name", TEXT), field("owner", ID, Choice.ROLES), field("assets", ID_LIST),
                field("recorded", DATE), field("description", TEXT), visibility());
        SheetSpec processing = records("processing", "processing.json", "records",
                field("id", ID), field("name", TEXT), field("purpose", TEXT), field("legalBasis", TEXT),
                field("dataSubjects", TEXT_LIST), field("dataCategories", TEXT_LIST), field("recipients", TEXT_LIST),
                field("thirdCountryTransfers", TEXT), field("erasure", TEXT), field("securityMeasures", TEXT),
                field("process", ID), field("updated", DATE), field("recorded", DATE), visibility());
        SheetSpec actions = records("actions", "actions.json", "actions",
                field("id", ID), field("title", TEXT), field("planYear", INTEGER), field("responsible", ID, Choice.ROLES),
                derived(SheetSpecs::latestStatus, Choice.ACTION_STATUSES), field("due", DATE), field("lastYear", INTEGER),
                field("recurring", BOOLEAN, Choice.YES_NO), field("source/type", ID, Choice.ACTION_SOURCES),
                field("source/reference", TEXT), field("findings", ID_LIST), field("risks", ID_LIST), field("assets", ID_LIST),
                field("recorded", DATE), field("description", TEXT), visibility());
        SheetSpec findings = records("findings", "findings.json", "findings",
                field("id", ID), field("title", TEXT), field("source", ID, Choice.FINDING_SOURCES),
                field("kind", ID, Choice.FINDING_KINDS), field("date", DATE), field("reference", TEXT),
                derived(SheetSpecs::latestStatus, Choice.FINDING_STATUSES), field("text", TEXT), visibility());
        SheetSpec risks = records("risks", "risks.json", "risks",
                field("id", ID), field("title", TEXT), field("owner", ID, Choice.ROLES), field("likelihood", INTEGER),
                field("consequence", INTEGER), field("assessed", DATE), field("treatment/decision", ID, Choice.TREATMENTS),
                field("treatment/actions", ID_LIST), field("treatment/decidedBy", ID, Choice.ROLES),
                field("treatment/rationale", TEXT), field("description", TEXT), visibility());
        SheetSpec metrics = records("metrics", "metrics.json", "years",
                field("year", INTEGER), field("incidents/byCategory", COUNTS), field("incidents/reportedInIncidentSystem", INTEGER),
                field("incidents/followedUp", INTEGER), field("continuityExercises", INTEGER), field("note", TEXT));
        return List.of(
                assets,
                classifications("classifications", assets, scale),
                entries("access-reviews", assets, "accessReviews", "date",
                        field("date", DATE), field("result", ID, Choice.ACCESS_REVIEW_RESULTS), field("note", TEXT)),
                entries("measures", assets, "measures", "title",
                        field("title", TEXT), field("status", ID, Choice.ACTION_STATUSES), field("due", DATE), field("done", DATE)),
                processes,
                classifications("process-classifications", processes, scale),
                processing,
                entries("processors", processing, "processors", "name",
                        field("name", TEXT), field("agreement/status", ID, Choice.AGREEMENTS), field("agreement/date", DATE),
                        field("recorded", DATE)),
                actions,
                entries("action-history", actions, "history", "date",
                        field("date", DATE), field("status", ID, Choice.ACTION_STATUSES), field("note", TEXT)),
                findings,
                entries("finding-history", findings, "history", "date",
                        field("date", DATE), field("status", ID, Choice.FINDING_STATUSES), field("note", TEXT)),
                risks,
                entries("risk-assessments", risks, "assessments", "date",
                        field("date", DATE), field("likelihood", INTEGER), field("consequence", INTEGER), field("note", TEXT)),
                metrics,
                entries("elearning", metrics, "elearning", "unit",
                        field("unit", ID, Choice.UNITS), field("employees", INTEGER), field("completed", INTEGER)),
                records("cycle", "cycle.json", "activities",
                        field("id", ID), field("title", TEXT), field("months", INTEGER_LIST),
                        field("recurrence", ID, Choice.RECURRENCES), field("responsible", ID, Choice.ROLES),
                        field("fromYear", INTEGER), field("actions", ID_LIST), field("routine", TEXT),
                        field("evidence", ID, Choice.EVIDENCE), field("description", TEXT)),
                records("roles", "organisation.json", "roles",
                        field("id", ID), field("name", TEXT), field("unit", ID, Choice.UNITS), field("description", TEXT)),
                records("units", "organisation.json", "units",
                        field("id", ID), field("name", TEXT), field("employees", INTEGER)));
    }

    /** A classification sheet: the date, a column per aspect of the scale, who classified, how, and a note. */
    private static SheetSpec classifications(String key, SheetSpec parent, ClassificationScale scale) {
        List<Field> fields = new ArrayList<>(List.of(field("date", DATE)));
        scale.aspects().forEach((aspect, name) -> fields.add(new Field(name + " (" + aspect + ")", "levels/" + aspect, INTEGER,
                Choice.LEVELS, null)));
        fields.addAll(List.of(field("classifiedBy", ID, Choice.ROLES), field("method", TEXT), field("note", TEXT)));
        return new SheetSpec(key, parent.file(), "classifications", parent, List.of("date"), headed(key, fields));
    }

    private static SheetSpec records(String key, String file, String array, Field... fields) {
        return new SheetSpec(key, file, array, null, List.of(fields[0].path()), headed(key, List.of(fields)));
    }

    private static SheetSpec entries(String key, SheetSpec parent, String list, String rowKey, Field... fields) {
        return new SheetSpec(key, parent.file(), list, parent, List.of(rowKey), headed(key, List.of(fields)));
    }

    /** The fields with the sheet's headers from the bundle, in order; a field that has a header keeps it. */
    private static List<Field> headed(String key, List<Field> fields) {
        List<String> headers = WorkbookText.headers(key);
        List<Field> headed = new ArrayList<>();
        int next = 0;
        for (Field field : fields) {
            headed.add(field.header() != null ? field : field.withHeader(headers.get(next++)));
        }
        if (next != headers.size()) {
            throw new IllegalStateException(key + ".columns has " + headers.size() + " headers for " + next + " fields");
        }
        return headed;
    }

    private static Field field(String path, Codec codec) {
        return new Field(null, path, codec, null, null);
    }

    private static Field field(String path, Codec codec, Choice choice) {
        return new Field(null, path, codec, choice, null);
    }

    private static Field visibility() {
        return field("visibility", ID, Choice.VISIBILITY);
    }

    private static Field derived(Function<JsonNode, JsonNode> how, Choice choice) {
        return new Field(null, "status", ID, choice, how);
    }

    /** The status of the latest entry in the record's history; the later in the file wins on the same day. */
    private static JsonNode latestStatus(JsonNode record) {
        JsonNode latest = MissingNode.getInstance();
        String latestDate = "";
        for (JsonNode change : record.path("history")) {
            String date = change.path("date").asText();
            if (date.compareTo(latestDate) >= 0) {
                latestDate = date;
                latest = change.path("status");
            }
        }
        return latest;
    }
}
