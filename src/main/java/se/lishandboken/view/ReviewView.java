package se.lishandboken.view;

import java.util.List;
import java.util.ResourceBundle;
import se.lishandboken.page.Page;
import se.lishandboken.review.Review;

/**
 * One management review page as its template reads it: the figures of {@link Review} (sealed, for an
 * approved review), where the review answers each input of ISO/IEC 27001:2022 9.3, and the chart.
 *
 * @param page the review stub
 * @param review the figures as of the review date
 * @param sealed whether the figures come from the review's seal
 * @param iso the 9.3 inputs, each with the anchor that answers it
 * @param chart the review's shares as an SVG bar chart
 */
public record ReviewView(Page page, Review review, boolean sealed, List<IsoInput> iso, String chart) {

    /** The marker {@code lis::review-plan[]} leaves in the page body, followed by its section number and {@code -->}. */
    public static final String PLAN_MARKER = "<!--lis-review-plan:";

    /**
     * One input of ISO/IEC 27001:2022 9.3.2 (or the results of 9.3.3).
     *
     * @param clause e.g. "9.3.2 d) 1)"
     * @param key the UI-bundle key of its description
     * @param anchor the section of the review that answers it; null if the narrative has no section for it
     */
    public record IsoInput(String clause, String key, String anchor) {
    }

    /** {@link #PLAN_MARKER}, for the template. */
    public String planMarker() {
        return PLAN_MARKER;
    }

    public static ReviewView of(Page page, Review review, boolean sealed, ResourceBundle ui, BarChart charts) {
        return new ReviewView(page, review, sealed, isoInputs(page), ReviewChart.svg(review, ui, charts));
    }

    private static List<IsoInput> isoInputs(Page page) {
        return List.of(
                new IsoInput("9.3.2 a)", "iso.a", "forra-arets-atgarder"),
                new IsoInput("9.3.2 b)", "iso.b", narrative(page, "vad-paverkar", "lis")),
                new IsoInput("9.3.2 c)", "iso.c", narrative(page, "budget", "vad-paverkar")),
                new IsoInput("9.3.2 d) 1)", "iso.d1", "iakttagelser"),
                new IsoInput("9.3.2 d) 2)", "iso.d2", "nyckeltal"),
                new IsoInput("9.3.2 d) 3)", "iso.d3", orElse(narrative(page, "revisioner"), "iakttagelser")),
                new IsoInput("9.3.2 d) 4)", "iso.d4", "forra-arets-atgarder"),
                new IsoInput("9.3.2 e)", "iso.e", orElse(narrative(page, "pub-avtal-dso"), "iakttagelser")),
                new IsoInput("9.3.2 f)", "iso.f", "risker"),
                new IsoInput("9.3.2 g)", "iso.g", narrative(page, "utvecklingsomraden", "atgarder")),
                new IsoInput("9.3.3", "iso.results", narrative(page, "beslut", "atgarder")));
    }

    /** The first of the narrative's sections {@code ids} that the stub has; null if it has none of them. */
    private static String narrative(Page page, String... ids) {
        for (String id : ids) {
            if (page.headings().stream().anyMatch(h -> h.id().equals(id))) {
                return id;
            }
        }
        return null;
    }

    private static String orElse(String anchor, String generated) {
        return anchor != null ? anchor : generated;
    }
}
