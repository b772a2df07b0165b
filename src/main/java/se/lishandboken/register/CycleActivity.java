package se.lishandboken.register;

import java.util.List;

/**
 * A recurring activity of the annual cycle (årshjulet).
 *
 * @param id stable: the calendar events' UIDs are built on it
 * @param title what is done, e.g. "Behörighetsrevision"
 * @param description more detail, or null
 * @param months the months it runs in, 1–12, in order
 * @param responsible the responsible role
 * @param recurrence how often it comes back
 * @param fromYear the first year of a biennial activity, else null
 * @param routine the routine page under content/, e.g. "rutiner/behorighetsrevision.adoc", or null
 * @param actions the actions of the plan it carries out
 * @param evidence what shows that it was done; null means the actions' status
 */
public record CycleActivity(String id, String title, String description, List<Integer> months, String responsible,
        Recurrence recurrence, Integer fromYear, String routine, List<String> actions, Evidence evidence) {

    public CycleActivity {
        months = months == null ? List.of() : months.stream().sorted().toList();
        actions = Lists.of(actions);
        evidence = evidence == null ? Evidence.ACTIONS : evidence;
    }

    CycleActivity referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new CycleActivity(id, title, description, months, responsible, recurrence, fromYear, routine,
                actions.stream().filter(exists).toList(), evidence);
    }

    /** Whether the activity is done in {@code year}: every year, or every second year from its first. */
    public boolean occursIn(int year) {
        return recurrence != Recurrence.BIENNIAL || fromYear == null || (year >= fromYear && (year - fromYear) % 2 == 0);
    }

    /** Whether it runs in {@code month} (1–12) of {@code year}. */
    public boolean runsIn(int year, int month) {
        return occursIn(year) && months.contains(month);
    }
}
