package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The status of an action or a measure. */
public enum Status {
    @JsonProperty("planned") PLANNED,
    @JsonProperty("in-progress") IN_PROGRESS,
    @JsonProperty("done") DONE,
    @JsonProperty("postponed") POSTPONED,
    @JsonProperty("cancelled") CANCELLED;

    /** Whether nothing more is to be done. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
