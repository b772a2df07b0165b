package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The status of an audit finding or a DSO recommendation. */
public enum FindingStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("in-progress") IN_PROGRESS,
    @JsonProperty("closed") CLOSED
}
