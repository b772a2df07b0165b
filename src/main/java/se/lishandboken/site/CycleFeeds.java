package se.lishandboken.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import se.lishandboken.calendar.CalendarEntry;
import se.lishandboken.calendar.CycleCalendar;
import se.lishandboken.register.Recurrence;
import se.lishandboken.site.engine.BakeSession;
import se.lishandboken.view.CycleView;

/**
 * Writes the annual cycle's calendars: one of every activity beside the cycle page, and one per role
 * beside that role's page. Each event links back to the handbook when {@code lis.site.url} says where
 * the site is published.
 */
final class CycleFeeds {

    private CycleFeeds() {
    }

    static void write(BakeSession session, Path destination) {
        CycleView cycle = session.cycleView();
        if (cycle == null) {
            return;
        }
        Instant stamp = session.build().builtAt().toInstant();
        String domain = uidDomain(session);
        String category = session.ui().getString("cycle.calendar.category");
        String site = session.config().siteTitle();
        write(destination.resolve(cycle.feed()), new CycleCalendar(
                MessageFormat.format(session.ui().getString("cycle.calendar.name"), site), domain, category, stamp)
                .write(cycle.activities().stream().map(row -> entry(session, cycle, row)).toList()));
        for (CycleView.RoleRow role : cycle.roles()) {
            if (role.activities().isEmpty()) {
                continue; // a role with only open actions has a page, but nothing for a calendar
            }
            List<CalendarEntry> entries = role.activities().stream().map(row -> entry(session, cycle, row)).toList();
            write(destination.resolve(role.feed()), new CycleCalendar(
                    MessageFormat.format(session.ui().getString("cycle.calendar.role.name"), role.role().name(), site),
                    domain, category, stamp).write(entries));
        }
    }

    private static CalendarEntry entry(BakeSession session, CycleView cycle, CycleView.ActivityRow row) {
        var activity = row.activity();
        StringBuilder text = new StringBuilder();
        if (activity.description() != null) {
            text.append(activity.description()).append("\n\n");
        }
        text.append(MessageFormat.format(session.ui().getString("cycle.calendar.responsible"), row.role())).append('\n');
        text.append(MessageFormat.format(session.ui().getString("cycle.calendar.recurrence"), CycleView.rule(activity, session.ui())));
        URI site = session.config().siteUrl();
        String page = row.routine() != null ? row.routine() : cycle.page();
        int firstYear = activity.recurrence() == Recurrence.BIENNIAL && activity.fromYear() != null
                ? activity.fromYear()
                : session.register().cycle().startYear() != null ? session.register().cycle().startYear() : cycle.year();
        return new CalendarEntry(activity.id(), activity.title(), text.toString(), activity.months(), firstYear,
                activity.recurrence() == Recurrence.BIENNIAL ? 2 : 1, site == null ? null : site.resolve(page));
    }

    /** The right-hand side of the UIDs: the contact address's domain, which the organisation owns. */
    private static String uidDomain(BakeSession session) {
        String email = session.config().contact().email();
        return email != null && email.contains("@") ? email.substring(email.indexOf('@') + 1) : "lis.invalid";
    }

    private static void write(Path target, String calendar) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, calendar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
