package se.lishandboken.page;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import se.lishandboken.register.Visibility;

/**
 * The stamp of one build, shown in every page footer and written to {@code version.json}.
 *
 * @param version the handbook's release version: given on the command line, or from git
 * @param commit the abbreviated id of the commit built; null outside git
 * @param builtAt when the build ran ({@code SOURCE_DATE_EPOCH} if set), in the site's time zone
 * @param audience who the build is for: the intranet, or management (the review's management edition)
 */
public record BuildInfo(String version, String commit, ZonedDateTime builtAt, Visibility audience) {

    /** A build for the intranet, outside git. */
    public BuildInfo(String version, ZonedDateTime builtAt) {
        this(version, null, builtAt, Visibility.INTRANET);
    }

    /** The day the build ran: the "today" against which review dates are judged. */
    public LocalDate date() {
        return builtAt.toLocalDate();
    }

    /** Whether management-only records are included, so every page must say so. */
    public boolean isManagementEdition() {
        return audience == Visibility.LEDNING;
    }
}
