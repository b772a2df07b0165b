package se.lishandboken.calendar;

import java.net.URI;
import java.util.List;

/**
 * One activity as the calendar shows it.
 *
 * @param id the activity's stable id; the events' UIDs are built on it
 * @param title the event title, in the site's language
 * @param description the event text: what is done, who is responsible, where the routine is
 * @param months the months it runs in, 1–12, in order
 * @param firstYear the year the series starts
 * @param interval 1 for every year, 2 for every second year
 * @param link the handbook page about it, absolute; null if the site's address is not configured
 */
public record CalendarEntry(String id, String title, String description, List<Integer> months, int firstYear, int interval, URI link) {

    public CalendarEntry {
        months = List.copyOf(months);
    }
}
