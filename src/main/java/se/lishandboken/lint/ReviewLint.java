package se.lishandboken.lint;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.ReviewHeader;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.review.HandbookPage;
import se.lishandboken.review.Review;
import se.lishandboken.review.ReviewDates;
import se.lishandboken.review.ReviewPeriod;
import se.lishandboken.seal.SealCheck;
import se.lishandboken.view.ReviewFigures;

/**
 * The review pages' periods and seals, checked as the build checks them: an approved review needs a
 * seal, and a seal whose figures the register no longer gives is reported, for both editions.
 */
final class ReviewLint {

    private ReviewLint() {
    }

    static List<Problem> check(SiteConfig config, Collection<SourcePage> pages, Register register) {
        List<Problem> problems = new ArrayList<>();
        Map<SourcePage, ReviewDates.Stated> reviews = new java.util.LinkedHashMap<>();
        for (SourcePage page : pages.stream().sorted(java.util.Comparator.comparing(SourcePage::file)).toList()) {
            Map<String, String> attributes = page.attributes();
            if (ReviewHeader.PAGE_TYPE.equals(attributes.get("jbake-type"))) {
                ReviewDates.Stated stated = stated(config, page, problems);
                if (stated != null) {
                    reviews.put(page, stated);
                }
            }
        }
        List<HandbookPage> handbook = pages.stream()
                .filter(page -> date(page.attributes().get("next-review")) != null)
                .map(page -> ReviewFigures.handbookPage(config.contentDir(), page.file(), page.title(),
                        date(page.attributes().get("next-review"))))
                .toList();
        List<ReviewDates.Stated> all = List.copyOf(reviews.values());
        int months = config.classification().reclassificationMonths();
        for (Map.Entry<SourcePage, ReviewDates.Stated> review : reviews.entrySet()) {
            Path source = config.relative(review.getKey().file());
            boolean approved = ReviewHeader.APPROVED.equals(review.getKey().attributes().get("review-status"));
            try {
                var seal = ReviewFigures.readSeal(config.siteDir(), source);
                for (Visibility edition : Visibility.values()) {
                    Register shown = edition == Visibility.LEDNING ? register : register.forIntranet();
                    Review computed = ReviewFigures.compute(shown, review.getValue(), all, handbook, months);
                    problems.addAll(SealCheck.of(source, seal, approved, ReviewFigures.edition(edition), computed).problems());
                }
            } catch (BuildFailedException failure) {
                problems.addAll(failure.problems());
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The review's year, date and stated period; null, with problems reported by the page checks, if they are not valid. */
    private static ReviewDates.Stated stated(SiteConfig config, SourcePage page, List<Problem> problems) {
        String year = page.attributes().get("review-year");
        LocalDate date = date(page.attributes().get("review-date"));
        if (year == null || !year.matches("\\d{4}") || date == null) {
            return null;
        }
        String period = page.attributes().get("review-period");
        ReviewPeriod stated = null;
        if (period != null && !period.isBlank()) {
            Integer line = page.attributeLines().get("review-period");
            stated = ReviewHeader.period(period, date, config.relative(page.file()), line == null ? 0 : line, problems::add).orElse(null);
            if (stated == null) {
                return null;
            }
        }
        return new ReviewDates.Stated(Integer.parseInt(year), date, stated);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
