package se.lishandboken.view;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.lishandboken.register.Action;
import se.lishandboken.register.CycleActivity;
import se.lishandboken.register.Recurrence;
import se.lishandboken.register.Register;
import se.lishandboken.register.Role;
import se.lishandboken.source.ContentFiles;

/**
 * The annual cycle as templates read it: the wheel, the activities numbered as on the wheel, and one
 * entry per role for its "Vad gör jag när?" page and calendar file. The pages sit beside the stub
 * with {@code :jbake-type: cycle}: the stub {@code arshjul.adoc} puts the role pages and calendars
 * in {@code arshjul/}, and the calendar of every activity at {@code arshjul.ics}.
 *
 * @param page the cycle page from the site root, e.g. {@code arshjul.html}
 * @param year the year the wheel shows, the build's
 * @param currentMonth the build's month, 1–12
 * @param activities every activity, in the order of its first month, numbered from 1
 * @param roles the roles with an activity or an open action, in the organisation's order
 * @param wheel the wheel as SVG markup
 * @param feed the calendar of every activity from the site root
 */
public record CycleView(String page, int year, int currentMonth, List<ActivityRow> activities, List<RoleRow> roles,
        String wheel, String feed) {
    public static final String PAGE_TYPE = "cycle";
    public static final String ROLE_PAGE_TYPE = "cyclerole";
    /** The stylesheet class of palette colour n is this and n; the site writes them into the theme stylesheet. */
    public static final String SWATCH = "cycle-colour-";

    /**
     * One activity.
     *
     * @param number its number on the wheel
     * @param activity the activity
     * @param role its responsible role's name
     * @param colour its role's colour
     * @param swatch the stylesheet class of that colour, e.g. "cycle-colour-2" (the site's policy forbids inline styles)
     * @param months its months in words, e.g. "september–oktober"
     * @param recurrence how often, in words, e.g. "Vartannat år (2024, 2026 …)"
     * @param thisYear whether it is done in the wheel's year
     * @param routine the routine page from the site root, or null
     * @param actions the plan's actions it carries out
     */
    public record ActivityRow(int number, CycleActivity activity, String role, String colour, String swatch, String months, String recurrence,
            boolean thisYear, String routine, List<Action> actions) {
    }

    /**
     * One role's part in the cycle.
     *
     * @param role the role
     * @param colour its colour on the wheel; null if it has no activity, only open actions
     * @param swatch the stylesheet class of that colour, or null
     * @param page its "Vad gör jag när?" page from the site root
     * @param feed its calendar from the site root
     * @param activities its activities, in the order of their first month
     * @param openActions the plan's actions it is responsible for that are not done or cancelled
     */
    public record RoleRow(Role role, String colour, String swatch, String page, String feed, List<ActivityRow> activities, List<Action> openActions) {
    }

    /** The view of {@code register}'s cycle on {@code today}; null if the site has no cycle page. */
    public static CycleView of(Register register, String stub, Path contentDir, se.lishandboken.config.Theme theme, LocalDate today,
            Locale locale, ResourceBundle ui) {
        if (stub == null) {
            return null;
        }
        String base = stub.substring(0, stub.length() - ".html".length());
        Map<String, List<Action>> openActions = register.organisation().roles().stream()
                .collect(Collectors.toMap(Role::id, role -> openActions(register, role.id()), (a, b) -> a));
        List<Role> roles = register.organisation().roles().stream()
                .filter(role -> !register.cycle().of(role.id()).isEmpty() || !openActions.get(role.id()).isEmpty())
                .toList();
        // Only roles on the wheel take a colour, so the palette lasts as long as it can.
        List<String> onWheel = roles.stream().map(Role::id).filter(id -> !register.cycle().of(id).isEmpty()).toList();
        Map<String, Integer> colours = IntStream.range(0, onWheel.size()).boxed()
                .collect(Collectors.toMap(onWheel::get, i -> Math.floorMod(i, Math.max(1, theme.palette().size()))));
        List<CycleActivity> sorted = register.cycle().activities().stream()
                .sorted(Comparator.comparingInt((CycleActivity activity) -> activity.months().get(0)))
                .toList();
        List<ActivityRow> rows = new ArrayList<>();
        for (CycleActivity activity : sorted) {
            int colour = colours.getOrDefault(activity.responsible(), 0);
            rows.add(new ActivityRow(rows.size() + 1, activity, register.organisation().roleName(activity.responsible()),
                    theme.paletteColour(colour), SWATCH + colour, months(activity.months(), locale),
                    recurrence(activity, today, ui), activity.occursIn(today.getYear()),
                    activity.routine() == null ? null : ContentFiles.uriOf(contentDir, contentDir.resolve(activity.routine())),
                    activity.actions().stream().flatMap(id -> register.action(id).stream()).toList()));
        }
        List<RoleRow> roleRows = roles.stream()
                .map(role -> new RoleRow(role, colours.containsKey(role.id()) ? theme.paletteColour(colours.get(role.id())) : null,
                        colours.containsKey(role.id()) ? SWATCH + colours.get(role.id()) : null,
                        base + "/" + role.id() + ".html", base + "/" + role.id() + ".ics",
                        rows.stream().filter(row -> row.activity().responsible().equals(role.id())).toList(),
                        openActions.get(role.id())))
                .toList();
        List<String> monthNames = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", ""))
                .toList();
        List<CycleWheel.Marker> markers = rows.stream().filter(ActivityRow::thisYear)
                .flatMap(row -> row.activity().months().stream()
                        .map(month -> new CycleWheel.Marker(month, row.number(), row.colour(), row.activity().title())))
                .toList();
        String wheel = new CycleWheel(theme.accent(), "#e8eef4").svg(
                MessageFormat.format(ui.getString("cycle.wheel.title"), String.valueOf(today.getYear())),
                MessageFormat.format(ui.getString("cycle.wheel.description"), markers.stream().map(CycleWheel.Marker::number).distinct().count(),
                        Month.of(today.getMonthValue()).getDisplayName(TextStyle.FULL_STANDALONE, locale)),
                monthNames, today.getMonthValue(), markers);
        return new CycleView(stub, today.getYear(), today.getMonthValue(), rows, roleRows, wheel, base + ".ics");
    }

    /** The activities running in the wheel's current month. */
    public List<ActivityRow> now() {
        return activities.stream().filter(row -> row.thisYear() && row.activity().months().contains(currentMonth)).toList();
    }

    /** The current month's name, e.g. "november". */
    public String currentMonthName(Locale locale) {
        return Month.of(currentMonth).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    public java.util.Optional<RoleRow> role(String id) {
        return roles.stream().filter(row -> row.role().id().equals(id)).findFirst();
    }

    private static List<Action> openActions(Register register, String role) {
        return register.actions().stream()
                .filter(action -> action.responsible().equals(role) && !action.status().isClosed())
                .sorted(Comparator.comparing((Action action) -> action.due() == null ? LocalDate.MAX : action.due())
                        .thenComparing(Action::id))
                .toList();
    }

    /** [9, 10] gives "september–oktober"; [3, 6, 9, 12] gives "mars, juni, september, december". */
    static String months(List<Integer> months, Locale locale) {
        return se.lishandboken.calendar.CycleCalendar.runs(months).stream()
                .map(run -> run.size() == 1 ? name(run.get(0), locale) : name(run.get(0), locale) + "–" + name(run.get(run.size() - 1), locale))
                .collect(Collectors.joining(", "));
    }

    private static String name(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** How often, with the next time a biennial activity comes, seen from {@code today}. */
    private static String recurrence(CycleActivity activity, LocalDate today, ResourceBundle ui) {
        if (activity.recurrence() == Recurrence.BIENNIAL && activity.fromYear() != null) {
            int lastMonth = activity.months().get(activity.months().size() - 1);
            int next = Math.max(today.getYear(), activity.fromYear());
            while (!activity.occursIn(next) || next == today.getYear() && lastMonth < today.getMonthValue()) {
                next++;
            }
            return MessageFormat.format(ui.getString("cycle.recurrence.biennial"), String.valueOf(activity.fromYear()), String.valueOf(next));
        }
        return rule(activity, ui);
    }

    /** How often, without dates that go stale: for calendar events, which live on in subscribers' calendars. */
    public static String rule(CycleActivity activity, ResourceBundle ui) {
        if (activity.recurrence() == Recurrence.BIENNIAL && activity.fromYear() != null) {
            return MessageFormat.format(ui.getString("cycle.recurrence.biennial.rule"), String.valueOf(activity.fromYear()));
        }
        return ui.getString("cycle.recurrence." + activity.recurrence().name().toLowerCase(Locale.ROOT));
    }
}
