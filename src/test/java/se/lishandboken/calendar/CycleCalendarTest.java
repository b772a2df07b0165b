package se.lishandboken.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CycleCalendarTest {
    private static final CalendarEntry REVIEW = new CalendarEntry("AH-1", "Behörighetsrevision – årlig genomgång av åtkomst",
            "Objektägarna går igenom vem som har åtkomst till vad, och för in resultatet i registret för varje tillgång.\n\nAnsvarig: ISAM",
            List.of(1, 2, 9), 2026, 1, URI.create("https://intranat.example.se/lis/rutiner/behorighetsrevision.html"));

    @Test
    void consecutiveMonthsMakeOneRun() {
        assertThat(CycleCalendar.runs(List.of(1, 2, 9))).containsExactly(List.of(1, 2), List.of(9));
        assertThat(CycleCalendar.runs(List.of(3, 6, 9, 12))).hasSize(4);
        assertThat(CycleCalendar.runs(List.of(10, 11, 12))).containsExactly(List.of(10, 11, 12));
    }

    @Test
    void aCalendarParsesBackAndValidatesAgainstRfc5545WithItsSwedishTextIntact() throws Exception {
        String text = new CycleCalendar("Årshjul – Testhandboken", "example.se", "Årshjul", Instant.parse("2026-11-28T10:00:00Z"))
                .write(List.of(REVIEW));

        // RFC 5545 3.1: every line ends in CRLF, and lines are folded at 75 octets, not characters: å is two.
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(text.split("\r\n")).anySatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isEqualTo(75));
        // Folded once, not twice: a line that continues on the next is full (short of one character at most).
        String[] lines = text.split("\r\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i + 1].startsWith(" ")) {
                assertThat(lines[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(lines[i]).isGreaterThanOrEqualTo(72);
            }
        }
        // One stamp per event, the build's, not the wall clock.
        assertThat(text.lines().filter(line -> line.startsWith("DTSTAMP:"))).containsExactly("DTSTAMP:20261128T100000Z", "DTSTAMP:20261128T100000Z");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactly("AH-1-01@example.se", "AH-1-09@example.se");
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Behörighetsrevision – årlig genomgång av åtkomst");
        assertThat(events.get(0).getDescription().getValue())
                .startsWith("Objektägarna går igenom").endsWith("https://intranat.example.se/lis/rutiner/behorighetsrevision.html");
        assertThat(events.get(0).getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20260301");
        assertThat(events.get(0).getProperty("CATEGORIES").orElseThrow().getValue()).isEqualTo("Årshjul");
    }

    @Test
    void theSameActivitiesGiveTheSameEventsWhateverTheBuildTime() {
        String first = new CycleCalendar("Årshjul", "example.se", "Årshjul", Instant.parse("2026-01-01T00:00:00Z")).write(List.of(REVIEW));
        String later = new CycleCalendar("Årshjul", "example.se", "Årshjul", Instant.parse("2026-06-01T00:00:00Z")).write(List.of(REVIEW));

        assertThat(later.replaceAll("DTSTAMP:\\S+", "")).isEqualTo(first.replaceAll("DTSTAMP:\\S+", ""));
    }
}
