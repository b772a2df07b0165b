package se.lishandboken.register;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lishandboken.problem.Problem;

/**
 * Validates data files against the register's JSON Schemas (draft 2020-12), the copies shipped with
 * lis, so a changed schema in the site cannot loosen the build's checks.
 */
final class SchemaCheck {
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.forLanguageTag("sv"))
            .formatAssertionsEnabled(true)
            .build();
    /** JSON Schema's type names and how the messages name them. */
    private static final String[][] TYPE_NAMES = {{"string", "en text inom citattecken"}, {"integer", "ett heltal"},
        {"number", "ett tal"}, {"boolean", "true eller false"}, {"array", "en lista [ … ]"}, {"object", "ett objekt { … }"},
        {"null", "null"}};
    private static final Map<DataKind, JsonSchema> SCHEMAS = new EnumMap<>(DataKind.class);

    private SchemaCheck() {
    }

    static List<Problem> check(DataFile file) {
        return schemaOf(file.kind()).validate(file.root()).stream()
                .sorted(Comparator.comparing(message -> message.getInstanceLocation().toString()))
                .map(message -> problem(file, message))
                .toList();
    }

    private static Problem problem(DataFile file, ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        String property = message.getProperty();
        if ("required".equals(message.getType()) && property != null) {
            return file.error(pointer, "data.schema.required", property, file.kind().schemaReference());
        }
        if ("additionalProperties".equals(message.getType()) && property != null) {
            return file.error(pointer + "/" + property, "data.schema.unknown-field", property, file.kind().schemaReference());
        }
        com.fasterxml.jackson.databind.JsonNode value = message.getInstanceNode();
        String shown = value == null || value.isContainerNode() ? "" : value.toString();
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        if (("type".equals(message.getType()) || "unionType".equals(message.getType())) && arguments.length >= 2) {
            return file.error(pointer, "data.schema.type", shown.isEmpty() ? typeName(String.valueOf(arguments[0])) : shown,
                    typeName(String.valueOf(arguments[1])), file.kind().schemaReference());
        }
        if ("format".equals(message.getType()) && message.getSchemaNode() != null && "date".equals(message.getSchemaNode().asText())) {
            return file.error(pointer, "data.schema.date", shown, file.kind().schemaReference());
        }
        if ("pattern".equals(message.getType()) && arguments.length >= 1) {
            return file.error(pointer, "data.schema.pattern", shown, arguments[0], file.kind().schemaReference());
        }
        return file.error(pointer, shown.isEmpty() ? "data.schema" : "data.schema.value", message.getError(), file.kind().schemaReference(), shown);
    }

    /** The JSON Schema type names in {@code types} in Swedish: "integer" is "ett heltal". */
    private static String typeName(String types) {
        String swedish = types.replaceAll("[\\[\\]]", "");
        for (String[] name : TYPE_NAMES) {
            swedish = swedish.replaceAll("\\b" + name[0] + "\\b", name[1]);
        }
        return swedish.replace(", ", " eller ");
    }

    private static synchronized JsonSchema schemaOf(DataKind kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(k.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("Missing schema resource " + k.schemaResource());
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
