package se.lishandboken.scaffold;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a new handbook is made for.
 *
 * @param organisation the organisation's full name
 * @param shortName its short name, e.g. an abbreviation; null if it has none
 * @param parent the group, municipality or region it belongs to; null if none
 * @param contactName who employees ask, a role or function
 * @param contactEmail the contact's functional mailbox; null if none
 * @param primary the theme's primary colour, {@code #rrggbb}
 * @param accent the theme's accent colour, {@code #rrggbb}
 * @param created the day the handbook is made: its management review's year and date, and a year later the
 *     pages' next review
 */
public record NewHandbook(String organisation, String shortName, String parent, String contactName, String contactEmail,
        String primary, String accent, LocalDate created) {

    public NewHandbook {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(created, "created");
    }

    /** The placeholders the scaffold's files may name, with their values; an optional value left out is null. */
    Map<String, String> placeholders() {
        Map<String, String> values = new HashMap<>();
        values.put("organisation.name", organisation);
        values.put("organisation.short", shortName != null ? shortName : organisation);
        values.put("organisation.short.given", shortName);
        values.put("organisation.parent", parent);
        values.put("contact.name", contactName);
        values.put("contact.email", contactEmail);
        values.put("theme.primary", primary);
        values.put("theme.accent", accent);
        values.put("year", String.valueOf(created.getYear()));
        values.put("today", created.toString());
        values.put("next-review", created.plusYears(1).toString());
        return values;
    }
}
