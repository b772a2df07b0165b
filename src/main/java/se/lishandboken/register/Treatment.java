package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a risk is treated.
 *
 * @param decision reduce, accept, avoid or transfer
 * @param actions the actions that reduce it
 * @param decidedBy the role that accepted it, or null
 * @param rationale why, or null
 */
public record Treatment(Decision decision, List<String> actions, String decidedBy, String rationale) {

    public Treatment {
        actions = Lists.of(actions);
    }

    /** The risk treatment options. */
    public enum Decision {
        @JsonProperty("reduce") REDUCE,
        @JsonProperty("accept") ACCEPT,
        @JsonProperty("avoid") AVOID,
        @JsonProperty("transfer") TRANSFER
    }
}
