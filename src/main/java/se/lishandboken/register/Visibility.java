package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may see a record: everyone on the intranet, or management only. */
public enum Visibility {
    @JsonProperty(Visibility.INTRANET_NAME) INTRANET,
    @JsonProperty(Visibility.LEDNING_NAME) LEDNING;

    /** How the data files, the seals and the command line write each visibility. */
    public static final String INTRANET_NAME = "intranet";
    public static final String LEDNING_NAME = "ledning";

    /** The name the data files use, e.g. {@code ledning}. */
    public String dataName() {
        return this == LEDNING ? LEDNING_NAME : INTRANET_NAME;
    }
}
