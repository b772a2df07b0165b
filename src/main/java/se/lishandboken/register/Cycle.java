package se.lishandboken.register;

import java.util.List;

/**
 * The annual cycle of ISMS work, from {@code data/cycle.json}.
 *
 * @param startYear the first year the calendars run from, or null for the build's year
 * @param activities the activities, in the file's order
 */
public record Cycle(Integer startYear, List<CycleActivity> activities) {
    public static final Cycle EMPTY = new Cycle(null, List.of());

    public Cycle {
        activities = Lists.of(activities);
    }

    /** The activities of {@code role}. */
    public List<CycleActivity> of(String role) {
        return activities.stream().filter(activity -> activity.responsible().equals(role)).toList();
    }
}
