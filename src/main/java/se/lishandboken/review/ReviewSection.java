package se.lishandboken.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the review template writes on a management review page itself, each with the id it gives it.
 * These ids are reserved on a review page: a section of the narrative may not have one of them
 * (written, as {@code [#risker]}, or made from its title, as "Risker" makes {@code risker}), or the page
 * would have two elements with the same id and links to it would go to either. {@link #reservedIds()}
 * is the one list the rule and the README use.
 *
 * <p>The sections after the narrative are listed in the order the template writes them.
 */
public enum ReviewSection {
    /** "Om genomgången": the box with the review's facts, before the narrative. */
    FACTS("genomgangen"),
    /** The three-year plan, where the narrative has {@code lis::review-plan[]}. */
    PLAN("plan"),
    /** One year of the plan: {@code plan-2025}. */
    PLAN_YEAR("plan-ÅÅÅÅ", "plan-\\d{4}"),
    /** The key figures, against the previous period. */
    FIGURES("nyckeltal"),
    /** The title of the key figures' chart. */
    FIGURES_CHART("nyckeltal-diagram-title"),
    /** The status of the actions planned for the previous year. */
    PREVIOUS_ACTIONS("forra-arets-atgarder"),
    /** Findings and recommendations, open and closed. */
    FINDINGS("iakttagelser"),
    /** Risk treatment. */
    RISKS("risker"),
    /** The annual cycle's activities (only when the site has a cycle). */
    CYCLE("arshjulet"),
    /** Handbook pages past their review date (only when there are some). */
    OVERDUE_PAGES("sidor-for-oversyn"),
    /** The review's decisions (9.3.3), from the register's decisions. */
    DECISIONS("beslut"),
    /** The appendix: where the review answers each input of ISO/IEC 27001:2022 9.3. */
    ISO_APPENDIX("iso-27001"),
    /** The PDF's notes: the narrative's footnotes, gathered at the end. */
    NOTES("noter");

    private final String id;
    private final Pattern pattern;

    ReviewSection(String id) {
        this(id, Pattern.quote(id));
    }

    ReviewSection(String id, String pattern) {
        this.id = id;
        this.pattern = Pattern.compile(pattern);
    }

    /** The id as the template writes it; for {@link #PLAN_YEAR}, {@code plan-ÅÅÅÅ} stands for every year. */
    public String id() {
        return id;
    }

    /** Whether {@code id} is this one's. */
    public boolean hasId(String id) {
        return pattern.matcher(id).matches();
    }

    /** What the template writes with {@code id}; empty if it is free for the narrative. */
    public static Optional<ReviewSection> withId(String id) {
        return Arrays.stream(values()).filter(section -> section.hasId(id)).findFirst();
    }

    /** Every reserved id, in the order above, with {@code plan-ÅÅÅÅ} for the plan's years. */
    public static List<String> reservedIds() {
        return Arrays.stream(values()).map(ReviewSection::id).toList();
    }
}
