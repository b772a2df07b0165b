package se.lishandboken.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a calendar of activities. Each run of consecutive months becomes one all-day event series
 * spanning those months, repeating every year or every second year, and shown as free time
 * ({@code TRANSP:TRANSPARENT}) so it never blocks a meeting.
 *
 * @param name the calendar's name in the client, e.g. "Årshjul – ISAM"
 * @param uidDomain the right-hand side of every UID, e.g. the organisation's mail domain
 * @param category the category of every event, e.g. "Årshjul"
 * @param stamp when the calendar was made ({@code DTSTAMP}); the build time, so a rebuild gives the same file
 */
public record CycleCalendar(String name, String uidDomain, String category, Instant stamp) {
    private static final String PRODUCT = "-//lis//LIS-handboken//SV";

    /** The calendar as iCalendar text. */
    public String write(List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        // Subscribed clients look again once a day.
        calendar.add(new XProperty("X-PUBLISHED-TTL", "P1D"));
        for (CalendarEntry entry : entries) {
            for (List<Integer> run : runs(entry.months())) {
                calendar.add(event(entry, run));
            }
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar " + name + " breaks RFC 5545: " + e.getMessage(), e);
        }
        return OctetFolding.fold(text.toString());
    }

    private VEvent event(CalendarEntry entry, List<Integer> run) {
        LocalDate start = LocalDate.of(entry.firstYear(), run.get(0), 1);
        LocalDate end = LocalDate.of(entry.firstYear(), run.get(run.size() - 1), 1).plusMonths(1);
        VEvent event = new VEvent(start, end, entry.title());
        // The UID names the activity and the run's first month: moving the run makes a new series, as it should.
        event.add(new Uid(entry.id() + "-" + String.format("%02d", run.get(0)) + "@" + uidDomain));
        // The constructor stamps the event with the wall clock; the build's time keeps a rebuild byte-identical.
        event.replace(new DtStamp(stamp));
        event.add(new RRule<>(new Recur.Builder<LocalDate>().frequency(Frequency.YEARLY).interval(entry.interval()).build()));
        event.add(new Description(entry.link() == null ? entry.description() : entry.description() + "\n\n" + entry.link()));
        if (entry.link() != null) {
            event.add(new Url(entry.link()));
        }
        event.add(new Categories(category));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    /** Consecutive months together: [3, 4, 9] gives [[3, 4], [9]]. */
    public static List<List<Integer>> runs(List<Integer> months) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int month : months) {
            if (!run.isEmpty() && month != run.get(run.size() - 1) + 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(month);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
