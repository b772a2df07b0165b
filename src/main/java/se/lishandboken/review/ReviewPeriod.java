package se.lishandboken.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a management review reports on, both days included.
 *
 * @param start the first day
 * @param end the last day
 */
public record ReviewPeriod(LocalDate start, LocalDate end) {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:/|\\.\\.|–|--)\\s*(\\d{4}-\\d{2}-\\d{2})");

    public ReviewPeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Reads a {@code :review-period:} value: a calendar year ({@code 2023}) or two dates
     * ({@code 2023-03-01/2024-02-27}; {@code ..} or a dash may stand for the slash).
     *
     * @return empty if the text is neither, or the second date comes before the first
     */
    public static Optional<ReviewPeriod> parse(String text) {
        String value = text.strip();
        try {
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return Optional.of(new ReviewPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            Matcher range = RANGE.matcher(value);
            if (range.matches()) {
                LocalDate start = LocalDate.parse(range.group(1));
                LocalDate end = LocalDate.parse(range.group(2));
                return end.isBefore(start) ? Optional.empty() : Optional.of(new ReviewPeriod(start, end));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The period of the same length in calendar terms (a year, a quarter…) that ends the day before this one starts. */
    public ReviewPeriod before() {
        return new ReviewPeriod(start.minus(java.time.Period.between(start, end.plusDays(1))), start.minusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * The last calendar year that ended inside the period and before {@code asOf}, whose yearly
     * metrics the review reports; empty if no year ended in it. A review on 2024-02-27 of the period
     * 2023-02-28–2024-02-27 reports on 2023.
     */
    public Optional<Integer> metricsYear(LocalDate asOf) {
        for (int year = end.getYear(); year >= start.getYear(); year--) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (contains(yearEnd) && yearEnd.isBefore(asOf)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** As the ISAM writes it: {@code 2023} for a calendar year, else {@code 2023-03-01 – 2024-02-27}. */
    @Override
    public String toString() {
        boolean calendarYear = start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31));
        return calendarYear ? String.valueOf(start.getYear()) : start + " – " + end;
    }
}
