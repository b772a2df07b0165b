package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * A processor agreement (personuppgiftsbiträdesavtal, PUB-avtal).
 *
 * @param status signed, in progress or missing
 * @param date when it was signed, or null
 */
public record Agreement(Status status, LocalDate date) {

    /** The state of a processor agreement. */
    public enum Status {
        @JsonProperty("signed") SIGNED,
        @JsonProperty("in-progress") IN_PROGRESS,
        @JsonProperty("missing") MISSING
    }
}
