package se.lishandboken.register;

import java.util.List;

/**
 * The annual cycle of ISMS work, from {@code data/cycle.json}.
 *
 * @param startYear the first year the calendars run from, or null for the build's year
 * @param established when the cycle was adopted, or null; management reviews before it do not show it
 * @param activities the activities, in the file's order
 */
public record Cycle(Integer startYear, java.time.LocalDate established, List<CycleActivity> activities) {
    public static final Cycle EMPTY = new Cycle(null, null, List.of());

    public Cycle {
        activities = Lists.of(activities);
    }

    /** The cycle without its activities' links to actions for which {@code exists} is false. */
    Cycle referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new Cycle(startYear, established, activities.stream().map(activity -> activity.referringOnlyTo(exists)).toList());
    }

    /** The activities of {@code role}. */
    public List<CycleActivity> of(String role) {
        return activities.stream().filter(activity -> activity.responsible().equals(role)).toList();
    }
}
