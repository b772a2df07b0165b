package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may see a record: everyone on the intranet, or management only. */
public enum Visibility {
    @JsonProperty("intranet") INTRANET,
    @JsonProperty("ledning") LEDNING
}
