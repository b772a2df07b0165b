package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often an activity of the annual cycle comes back. */
public enum Recurrence {
    /** In its months every year. */
    @JsonProperty("yearly") YEARLY,
    /** In its months every second year, from its first year. */
    @JsonProperty("biennial") BIENNIAL,
    /** Once a quarter, in its month of each quarter. */
    @JsonProperty("quarterly") QUARTERLY
}
