package se.lishandboken.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {
    private final BarChart charts = new BarChart("#005b99");

    private Element chart(List<BarChart.Bar> bars) {
        return Jsoup.parse(charts.svg("test", "Andel klar", bars), "", Parser.xmlParser()).selectFirst("svg");
    }

    @Test
    void everyTextFitsInsideTheViewBoxEvenWithALongValueAndALongLabel() {
        Element svg = chart(List.of(
                new BarChart.Bar("Klassade informationstillgångar", 84, 100, "118 av 140 (84 %)"),
                new BarChart.Bar("Chef Invest Stockholm (investeringsfrämjande verksamhet)", 3, 3, "1 234 av 1 234 (100 %)")));
        String[] viewBox = svg.attr("viewBox").split(" ");
        int width = Integer.parseInt(viewBox[2]);
        int height = Integer.parseInt(viewBox[3]);

        assertThat(svg.select("text")).hasSize(4).allSatisfy(text -> {
            int x = Integer.parseInt(text.attr("x"));
            int y = Integer.parseInt(text.attr("y"));
            assertThat(x + BarChart.estimatedWidth(text.text())).as(text.text()).isLessThanOrEqualTo(width);
            assertThat(y).as(text.text()).isBetween(BarChart.FONT_SIZE, height);
        });
    }

    @Test
    void labelsAndValuesAreShownInFull() {
        Element svg = chart(List.of(
                new BarChart.Bar("Chef Invest Stockholm (investeringsfrämjande)", 3, 3, "3 av 3 (100 %)"),
                new BarChart.Bar("Klassade informationstillgångar", 84, 100, "118 av 140 (84 %)")));

        assertThat(svg.select("text").eachText()).containsExactly(
                "Chef Invest Stockholm (investeringsfrämjande)", "3 av 3 (100 %)",
                "Klassade informationstillgångar", "118 av 140 (84 %)");
    }

    @Test
    void aBarIsAsLongAsItsShareOfTheTrack() {
        Element svg = chart(List.of(new BarChart.Bar("Processer", 1, 4, "1 av 4 (25 %)")));
        int track = Integer.parseInt(svg.selectFirst("rect.bar-chart__track").attr("width"));
        int bar = Integer.parseInt(svg.selectFirst("rect.bar-chart__bar").attr("width"));

        assertThat(bar).isEqualTo(Math.round(track / 4f));
    }
}
