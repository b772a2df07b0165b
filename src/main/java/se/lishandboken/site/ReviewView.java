package se.lishandboken.site;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.register.Register;
import se.lishandboken.review.ActionState;
import se.lishandboken.review.HandbookPage;
import se.lishandboken.review.Review;
import se.lishandboken.review.Reviews;

/**
 * One management review page as its template reads it: the figures of {@link Review}, the plan
 * for the coming three years as it stood on the review date, and where the review answers each
 * input of ISO/IEC 27001:2022 9.3.
 *
 * @param page the review stub
 * @param review the figures as of the review date
 * @param planYears the three plan years with their actions, as known on the review date
 * @param actionsSection the number of the narrative's action section, e.g. "4"; empty if none
 * @param iso the 9.3 inputs, each with the anchor that answers it
 * @param chart the review's shares as an SVG bar chart
 */
public record ReviewView(Page page, Review review, List<PlanYear> planYears, String actionsSection, List<IsoInput> iso,
        String chart) {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)\\s");

    /**
     * One year of the three-year plan.
     *
     * @param number the heading number, e.g. "4.1"
     * @param year the plan year
     * @param actions its actions with their status on the review date
     */
    public record PlanYear(String number, int year, List<ActionState> actions) {
    }

    /**
     * One input of ISO/IEC 27001:2022 9.3.2 (or the results of 9.3.3).
     *
     * @param clause e.g. "9.3.2 d) 1)"
     * @param key the UI-bundle key of its description
     * @param anchor the section of the review that answers it; null if the narrative has no section for it
     */
    public record IsoInput(String clause, String key, String anchor) {
    }

    static ReviewView of(Page page, Register register, int defaultMonths, List<Page> allPages, ResourceBundle ui,
            BarChart charts) {
        ReviewHeader header = page.review();
        List<HandbookPage> handbook = allPages.stream()
                .filter(p -> p.control().nextReview() != null)
                .map(p -> new HandbookPage(p.title(), p.uri(), p.control().nextReview()))
                .toList();
        Review review = Reviews.of(register, header.year(), header.date(), defaultMonths, handbook);
        String section = actionsSection(page);
        return new ReviewView(page, review, plan(register, header.year(), header.date(), section), section, isoInputs(page),
                ReviewChart.svg(review, header.year(), ui, charts));
    }

    /**
     * The plan for the review year and the two after it, as it stood on the review date: only actions
     * that existed then, each with its status then, and only those of a single plan year.
     */
    static List<PlanYear> plan(Register register, int firstYear, java.time.LocalDate date, String section) {
        List<PlanYear> years = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int year = firstYear + i;
            // Duties that run through the whole plan (lastYear) belong to the narrative's own section, not to a year.
            List<ActionState> actions = register.actions().stream()
                    .filter(action -> action.planYear() == year && action.untilYear() == year)
                    .filter(action -> action.statusOn(date).isPresent())
                    .map(action -> ActionState.on(action, date))
                    .toList();
            years.add(new PlanYear(section.isEmpty() ? "" : section + "." + (i + 1), year, actions));
        }
        return years;
    }

    /** The number in the title of the narrative's section {@code [#atgarder]}, e.g. "4 Åtgärder kommande 3 år" gives "4". */
    private static String actionsSection(Page page) {
        return page.headings().stream().filter(h -> h.id().equals("atgarder")).findFirst()
                .map(h -> {
                    Matcher matcher = LEADING_NUMBER.matcher(h.title());
                    return matcher.find() ? matcher.group(1) : "";
                })
                .orElse("");
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
