package se.lishandboken.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * When a management review is held and what it reports on.
 *
 * @param year the review year ({@code :review-year:})
 * @param date the review date; every figure is as of this day
 * @param period the period it reports on
 * @param previous the period it compares with
 */
public record ReviewDates(int year, LocalDate date, ReviewPeriod period, ReviewPeriod previous) {

    /**
     * A review as its page states it.
     *
     * @param year the review year
     * @param date the review date
     * @param period the stated {@code :review-period:}, or null
     */
    public record Stated(int year, LocalDate date, ReviewPeriod period) {
    }

    /**
     * Resolves the period of {@code review} among all the site's reviews: the stated one, or else from
     * the day after the previous review's date to this review's date (a year, for the first review). It
     * compares with the previous review's period, or, for the first, with the same length just before.
     */
    public static ReviewDates of(Stated review, List<Stated> all) {
        List<Stated> earlier = all.stream()
                .filter(other -> other.date().isBefore(review.date()))
                .sorted(Comparator.comparing(Stated::date))
                .toList();
        ReviewPeriod period = periodOf(review, earlier);
        ReviewPeriod previous = earlier.isEmpty() ? period.before()
                : periodOf(earlier.get(earlier.size() - 1), earlier.subList(0, earlier.size() - 1));
        return new ReviewDates(review.year(), review.date(), period, previous);
    }

    private static ReviewPeriod periodOf(Stated review, List<Stated> earlier) {
        if (review.period() != null) {
            return review.period();
        }
        LocalDate start = earlier.isEmpty() ? review.date().minusYears(1).plusDays(1)
                : earlier.get(earlier.size() - 1).date().plusDays(1);
        return new ReviewPeriod(start, review.date());
    }
}
