package se.lishandboken.site;

import java.time.LocalDate;

/**
 * The header of a management review stub ({@code :jbake-type: review}).
 *
 * @param year the review year, {@code :review-year:}
 * @param date the review date, {@code :review-date:}; figures are computed as of this day
 * @param presentedTo who it was presented to, {@code :presented-to:}
 * @param status "fastställd" or "utkast", {@code :review-status:}
 */
public record ReviewHeader(int year, LocalDate date, String presentedTo, String status) {
    /**
     * The page type of a review ({@code :jbake-type: review}). A past review is an archived record:
     * it never goes stale, so neither the build nor {@code lis check} warns that it is past its review date.
     */
    public static final String PAGE_TYPE = "review";

    public boolean isDraft() {
        return !"fastställd".equals(status);
    }
}
