package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

class CyclePagesTest {
    static final String CYCLE = """
            {
              "$schema": "./schema/cycle.schema.json",
              "startYear": 2026,
              "activities": [
                {"id": "AH-BEHORIGHET", "title": "Behörighetsrevision", "months": [10, 11], "responsible": "isam",
                 "recurrence": "yearly", "routine": "rutiner/behorighet.adoc", "actions": ["A2024-01"], "evidence": "access-reviews"},
                {"id": "AH-RSA", "title": "Risk- och sårbarhetsanalys", "months": [3, 4], "responsible": "agare-a",
                 "recurrence": "biennial", "fromYear": 2024},
                {"id": "AH-INCIDENT", "title": "Incidentuppföljning", "months": [3, 6, 9, 12], "responsible": "isam", "recurrence": "quarterly"}
              ]
            }
            """;

    @TempDir
    Path temp;

    FixtureSite site() {
        return FixtureSite.create(temp).withRegister().withRegisterPages()
                .file("jbake.properties", FixtureSite.PROPERTIES + """
                        lis.site.url=https://intranat.example.se/lis
                        template.cycle.file=cycle.ftlh
                        template.cyclerole.file=cyclerole.ftlh
                        """)
                .file("data/cycle.json", CYCLE)
                .page("arshjul.adoc", "= Årshjulet\n:jbake-type: cycle\n\nInledning.\n")
                .page("rutiner/behorighet.adoc", "= Behörighetsrevision\n\nSå går det till.\n");
    }

    @Test
    void theWheelShowsEachActivityOnItsMonthsAndMarksTheCurrentMonth() {
        FixtureSite site = site();

        site.build();

        Document page = Jsoup.parse(site.read("arshjul.html"));
        var wheel = page.selectFirst("svg.cycle-wheel");
        assertThat(wheel.attr("role")).isEqualTo("img");
        assertThat(wheel.selectFirst("title").text()).isEqualTo("Årshjulet 2026");
        // The build is on 28 November 2026: November is the current month, and only November.
        assertThat(wheel.select(".cycle-wheel__month--current")).hasSize(1);
        assertThat(wheel.select("text[font-weight=bold]").text()).isEqualTo("nov");
        // Numbered by first month: the RSA (March) is 1, incidents (March) 2, the access review (October) 3.
        // The RSA is biennial from 2024, so it is done in 2026 and on the wheel.
        assertThat(wheel.select(".cycle-wheel__marker title").eachText())
                .containsExactlyInAnyOrder("Risk- och sårbarhetsanalys", "Risk- och sårbarhetsanalys",
                        "Incidentuppföljning", "Incidentuppföljning", "Incidentuppföljning", "Incidentuppföljning",
                        "Behörighetsrevision", "Behörighetsrevision");
        assertThat(page.select("#AH-BEHORIGHET td").eachText()).containsExactly(
                "3 Behörighetsrevision Åtgärder i planen: A2024-01", "oktober–november", "Informationssäkerhetssamordnare (ISAM)", "Varje år");
        assertThat(page.select("#AH-INCIDENT td").get(1).text()).isEqualTo("mars, juni, september, december");
        // Done in March–May 2026; seen from November 2026 the next time is 2028.
        assertThat(page.select("#AH-RSA td").get(3).text()).isEqualTo("Vartannat år från 2024 (nästa gång 2028)");
        assertThat(page.select("#nu + ul li").eachText()).containsExactly("3 Behörighetsrevision (Informationssäkerhetssamordnare (ISAM))");
        assertThat(page.select("#AH-BEHORIGHET a").first().attr("href")).isEqualTo("rutiner/behorighet.html");
    }

    @Test
    void eachRoleHasAPageWithItsActivitiesAndOpenActions() {
        FixtureSite site = site();

        site.build();

        Document isam = Jsoup.parse(site.read("arshjul/isam.html"));
        assertThat(isam.selectFirst("h1").text()).isEqualTo("Vad gör jag när? Informationssäkerhetssamordnare (ISAM)");
        assertThat(isam.select("#aret + div tbody tr")).extracting(row -> row.id()).containsExactly("AH-INCIDENT", "AH-BEHORIGHET");
        assertThat(isam.select("#atgarder + div tbody tr").text()).doesNotContain("A2025-01");
        Document owner = Jsoup.parse(site.read("arshjul/agare-a.html"));
        assertThat(owner.select("#aret + div tbody tr")).extracting(row -> row.id()).containsExactly("AH-RSA");
        assertThat(owner.select("#atgarder + div tbody tr").text()).contains("A2025-01");
        assertThat(Jsoup.parse(site.read("arshjul.html")).select(".cycle-roles a").eachAttr("href"))
                .containsExactly("arshjul/isam.html", "arshjul/agare-a.html");
    }

    @Test
    void calendarsHaveOneRecurringSeriesPerRunOfMonthsWithStableUidsAndLinksBack() throws Exception {
        FixtureSite site = site();

        site.build();

        Calendar all = parse(site.read("arshjul.ics"));
        all.validate();
        List<VEvent> events = all.getComponents("VEVENT");
        // Access review: one run; RSA: one run; incidents: four quarters, one series each.
        assertThat(events).hasSize(6);
        VEvent review = event(all, "AH-BEHORIGHET-10@example.se");
        assertThat(review.getSummary().getValue()).isEqualTo("Behörighetsrevision");
        assertThat(review.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261001");
        assertThat(review.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20261201");
        assertThat(review.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;INTERVAL=1");
        assertThat(review.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://intranat.example.se/lis/rutiner/behorighet.html");
        assertThat(review.getProperty("TRANSP").orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        VEvent rsa = event(all, "AH-RSA-03@example.se");
        assertThat(rsa.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20240301");
        assertThat(rsa.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;INTERVAL=2");

        Calendar isam = parse(site.read("arshjul/isam.ics"));
        assertThat(isam.getComponents("VEVENT")).hasSize(5);
        assertThat(isam.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Årshjul för Informationssäkerhetssamordnare (ISAM) – Testhandboken");
    }

    @Test
    void aMonthChangedInTheDataMovesTheActivityOnTheWheelInTheListsAndInTheCalendar() throws Exception {
        FixtureSite site = site();
        site.build();
        String before = site.read("arshjul.ics");

        site.replaceInData("cycle.json", "\"months\": [10, 11]", "\"months\": [5]");
        site.build();

        Document page = Jsoup.parse(site.read("arshjul.html"));
        assertThat(page.select("#AH-BEHORIGHET td").get(1).text()).isEqualTo("maj");
        assertThat(page.select("#nu + ul li")).isEmpty();
        assertThat(Jsoup.parse(site.read("arshjul/isam.html")).select("#AH-BEHORIGHET td").get(1).text()).isEqualTo("maj");
        Calendar after = parse(site.read("arshjul.ics"));
        assertThat(event(after, "AH-BEHORIGHET-05@example.se").getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260501");
        assertThat(before).contains("AH-BEHORIGHET-10@example.se");
        assertThat(site.read("arshjul.ics")).doesNotContain("AH-BEHORIGHET-10@example.se");
        // The other series keep their UIDs, so a subscribed calendar updates them instead of adding copies.
        assertThat(after.getComponents("VEVENT").stream().map(e -> ((VEvent) e).getUid().orElseThrow().getValue()).toList())
                .contains("AH-RSA-03@example.se", "AH-INCIDENT-03@example.se", "AH-INCIDENT-12@example.se");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getUid().orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
