package se.lishandboken.workbook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the data files write an enum value, e.g. {@code in-progress}, so that a cell can be pasted back. */
final class JsonNames {
    private JsonNames() {
    }

    /** The value's {@link JsonProperty} name; null for null. */
    static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        try {
            JsonProperty property = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return property == null ? value.name().toLowerCase(java.util.Locale.ROOT) : property.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("An enum constant without a field: " + value, e);
        }
    }
}
