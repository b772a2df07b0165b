package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What shows whether an activity of the annual cycle was done in a year. */
public enum Evidence {
    /** The status of the actions it carries out. */
    @JsonProperty("actions") ACTIONS,
    /** The e-learning completion in the year's metrics. */
    @JsonProperty("elearning") ELEARNING,
    /** The assets' access reviews dated in the year. */
    @JsonProperty("access-reviews") ACCESS_REVIEWS,
    /** The continuity exercises in the year's metrics. */
    @JsonProperty("continuity-exercises") CONTINUITY_EXERCISES
}
