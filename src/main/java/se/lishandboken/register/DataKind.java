package se.lishandboken.register;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;

/** The files of the register: each has a name in {@code data/}, a schema and the array it holds. */
enum DataKind {
    ORGANISATION("organisation.json", null, null),
    ASSETS("assets.json", "assets", new TypeReference<List<Asset>>() { }),
    PROCESSES("processes.json", "processes", new TypeReference<List<Process>>() { }),
    PROCESSING("processing.json", "records", new TypeReference<List<ProcessingRecord>>() { }),
    ACTIONS("actions.json", "actions", new TypeReference<List<Action>>() { }),
    FINDINGS("findings.json", "findings", new TypeReference<List<Finding>>() { }),
    RISKS("risks.json", "risks", new TypeReference<List<Risk>>() { }),
    METRICS("metrics.json", "years", new TypeReference<List<YearMetrics>>() { }),
    CYCLE("cycle.json", "activities", new TypeReference<List<CycleActivity>>() { }),
    DECISIONS("decisions.json", "decisions", new TypeReference<List<Decision>>() { }),
    CONTROLS("controls.json", "controls", new TypeReference<List<Control>>() { }),
    /** A framework catalogue: any file in {@code data/frameworks/}, never one in {@code data/} itself. */
    FRAMEWORK("framework.json", "controls", new TypeReference<List<CatalogueControl>>() { });

    private final String fileName;
    private final String arrayName;
    private final TypeReference<? extends List<?>> elementType;

    DataKind(String fileName, String arrayName, TypeReference<? extends List<?>> elementType) {
        this.fileName = fileName;
        this.arrayName = arrayName;
        this.elementType = elementType;
    }

    String fileName() {
        return fileName;
    }

    /** The top-level property holding the records, e.g. {@code assets}; null for the organisation. */
    String arrayName() {
        return arrayName;
    }

    TypeReference<? extends List<?>> elementType() {
        return elementType;
    }

    /** The schema's resource, e.g. {@code lis/schema/assets.schema.json}. */
    String schemaResource() {
        return "lis/schema/" + fileName.replace(".json", ".schema.json");
    }

    /** What the data file's {@code $schema} should say, so editors validate while the ISAM types. */
    String schemaReference() {
        return (this == FRAMEWORK ? "../schema/" : "./schema/") + fileName.replace(".json", ".schema.json");
    }

    static DataKind ofFileName(String name) {
        for (DataKind kind : values()) {
            if (kind != FRAMEWORK && kind.fileName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
