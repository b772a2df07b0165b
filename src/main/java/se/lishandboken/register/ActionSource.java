package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an action comes from.
 *
 * @param type audit, DSO, RSA, management review or the lokal anvisning
 * @param reference e.g. "Ledningens genomgång 2024, avsnitt 4.1", or null
 */
public record ActionSource(Type type, String reference) {

    /** The kinds of source an action can have. */
    public enum Type {
        @JsonProperty("audit") AUDIT,
        @JsonProperty("dso") DSO,
        @JsonProperty("rsa") RSA,
        @JsonProperty("management-review") MANAGEMENT_REVIEW,
        @JsonProperty("local-instruction") LOCAL_INSTRUCTION
    }
}
