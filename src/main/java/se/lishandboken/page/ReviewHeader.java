package se.lishandboken.page;

import java.time.LocalDate;
import se.lishandboken.review.ReviewDates;
import se.lishandboken.review.ReviewPeriod;

/**
 * The header of a management review stub ({@code :jbake-type: review}).
 *
 * @param year the review year, {@code :review-year:}
 * @param date the review date, {@code :review-date:}; figures are computed as of this day
 * @param period the period it reports on, {@code :review-period:}; null for the default (since the previous review)
 * @param presentedTo who it was presented to, {@code :presented-to:}
 * @param status {@link #APPROVED} or {@link #DRAFT}, {@code :review-status:}
 * @param registrationNumber the review's number in the organisation's register of documents (diarienummer),
 *     {@code :diarienummer:}; null if not given
 */
public record ReviewHeader(int year, LocalDate date, ReviewPeriod period, String presentedTo, String status,
        String registrationNumber) {
    /**
     * The page type of a review ({@code :jbake-type: review}). A past review is an archived record:
     * it never goes stale, so neither the build nor {@code lis check} warns that it is past its review date.
     */
    public static final String PAGE_TYPE = "review";
    /** The status of an approved review, which renders from its seal. */
    public static final String APPROVED = "fastställd";
    /** The status of a review that is not yet approved; a review page that states none is one. */
    public static final String DRAFT = "utkast";

    /** Whether {@code status} is one a review can have: {@link #DRAFT} or {@link #APPROVED}. */
    public static boolean isStatus(String status) {
        return DRAFT.equals(status) || APPROVED.equals(status);
    }

    /**
     * Reads a stated {@code :review-period:} of a review held on {@code date}; reports and returns empty
     * if it is not a period or ends after the review date.
     */
    public static java.util.Optional<ReviewPeriod> period(String stated, LocalDate date, java.nio.file.Path source, int line,
            java.util.function.Consumer<se.lishandboken.problem.Problem> problems) {
        java.util.Optional<ReviewPeriod> period = ReviewPeriod.parse(stated);
        if (period.isEmpty()) {
            problems.accept(se.lishandboken.problem.ProblemText.error(source, line, "review.period.invalid", stated));
        } else if (period.get().end().isAfter(date)) {
            problems.accept(se.lishandboken.problem.ProblemText.error(source, line, "review.period.after", period.get(), date));
            return java.util.Optional.empty();
        }
        return period;
    }

    public boolean isDraft() {
        return !APPROVED.equals(status);
    }

    /** The review's dates as the review stage reads them. */
    public ReviewDates.Stated stated() {
        return new ReviewDates.Stated(year, date, period);
    }
}
