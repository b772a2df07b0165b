package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a control of the Statement of Applicability is implemented. */
public enum Implementation {
    @JsonProperty("implemented") IMPLEMENTED,
    @JsonProperty("partly") PARTLY,
    @JsonProperty("planned") PLANNED,
    @JsonProperty("not-implemented") NOT_IMPLEMENTED;

    /** The value as the data file writes it, e.g. {@code not-implemented}; also the key of its UI text. */
    public String dataName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
