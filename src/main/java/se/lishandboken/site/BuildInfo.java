package se.lishandboken.site;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The stamp of one build, shown in every page footer.
 *
 * @param version the handbook's release version
 * @param builtAt when the build ran, in the site's time zone
 */
public record BuildInfo(String version, ZonedDateTime builtAt) {

    /** The day the build ran: the "today" against which review dates are judged. */
    public LocalDate date() {
        return builtAt.toLocalDate();
    }
}
