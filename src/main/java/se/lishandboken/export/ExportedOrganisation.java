package se.lishandboken.export;

/**
 * The organisation a review belongs to.
 *
 * @param name its name, e.g. Norrvattnet Miljöförvaltning
 * @param shortName its short name, e.g. NMF; null if none
 * @param parent the organisation it belongs to, e.g. Norrvattens kommun; null if none
 */
public record ExportedOrganisation(String name, @com.fasterxml.jackson.annotation.JsonProperty("short") String shortName, String parent) {

    /** The short name, or the name if there is none. */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
