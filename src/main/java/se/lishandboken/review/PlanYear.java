package se.lishandboken.review;

import java.util.List;

/**
 * One year of the three-year plan, as it stood on the review date.
 *
 * @param year the plan year
 * @param actions its actions with their status then
 */
public record PlanYear(int year, List<ActionState> actions) {

    public PlanYear {
        actions = List.copyOf(actions);
    }
}
