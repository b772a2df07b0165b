package se.lishandboken.seal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frozen figures of an approved management review: the machine-readable review, one per edition.
 * Its JSON Schema is {@code data/schema/review-seal.schema.json}.
 *
 * @param schema the schema reference, so editors validate the file
 * @param sealVersion the format's version, {@link #VERSION}
 * @param year the review year
 * @param date the review date
 * @param sealedOn the day it was sealed
 * @param version the handbook version it was built from
 * @param editions per edition ({@code intranet}, {@code ledning}): the register view's checksum and the review
 */
public record ReviewSeal(
        @JsonProperty("$schema") String schema, int sealVersion, int year, LocalDate date, LocalDate sealedOn, String version,
        Map<String, SealedEdition> editions) {
    /** The version of the seal format this tool writes and reads. */
    public static final int VERSION = 1;

    public ReviewSeal {
        editions = editions == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(editions));
    }
}
