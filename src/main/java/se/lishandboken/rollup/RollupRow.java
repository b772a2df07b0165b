package se.lishandboken.rollup;

import java.time.LocalDate;
import java.util.Map;
import se.lishandboken.export.ExportedReview;

/**
 * One organisation's review of one year, as the roll-up shows it; only what its tables need is kept.
 *
 * @param key the organisation's key, its page {@code org/KEY.html}
 * @param organisation its short name (or name)
 * @param organisationName its full name
 * @param year the review year
 * @param date the review date
 * @param status {@code fastställd} or {@code utkast}
 * @param sealed whether the figures come from the approved review's seal
 * @param tool the tool version that wrote the data
 * @param version the handbook version the review was built with
 * @param coverage information assets classified
 * @param agreements processors with a signed PUB agreement
 * @param accessReviews assets with an access review in the period
 * @param training e-learning completed
 * @param plan the plan's actions per status
 * @param planText e.g. {@code 3 av 10 klara}
 * @param soa the SoA status in words, or {@code –}
 * @param reviewLink the published review: the site URL or a relative link to the built page; null if neither
 */
public record RollupRow(String key, String organisation, String organisationName, int year, LocalDate date, String status,
        boolean sealed, String tool, String version, Cell coverage, Cell agreements, Cell accessReviews, Cell training,
        Map<String, Integer> plan, String planText, String soa, String reviewLink) {

    static RollupRow of(String key, ExportedReview review, String reviewLink) {
        var figures = review.figures();
        int done = review.planCount("done");
        return new RollupRow(key, review.organisation().label(), review.organisation().name(), review.year(), review.date(),
                review.status(), review.sealed(), review.tool(), review.version(),
                Cell.of(figures.assetsClassified()), Cell.of(figures.agreementsSigned()), Cell.of(figures.accessReviewed()),
                Cell.of(figures.elearning()), review.plan(),
                review.planTotal() == 0 ? "–" : done + " av " + review.planTotal() + " klara", soaText(review), reviewLink);
    }

    /** The SoA as the data gives it (implemented of applicable controls); {@code –} if the review had none. */
    private static String soaText(ExportedReview review) {
        if (review.soa() == null || review.soa().isNull()) {
            return "–";
        }
        var summary = review.soa().path("summary");
        if (summary.isTextual()) {
            return summary.asText();
        }
        var soa = review.soa();
        if (soa.path("total").isInt() && soa.path("implemented").isInt()) {
            int applicable = soa.path("total").asInt() - soa.path("notApplicable").asInt();
            return soa.path("implemented").asInt() + " av " + applicable + " tillämpliga genomförda";
        }
        return "finns";
    }

    /** Where the figures came from, e.g. {@code 2024, fastställd 2024-02-27 (sigill), LIS-handboken 0.1.0}. */
    public String source() {
        return year + ", " + status + " " + date + (sealed ? " (sigill)" : "") + ", " + tool;
    }
}
