package se.lishandboken.view;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A horizontal bar chart as inline SVG, built with jsoup so every label is escaped. Each chart has a
 * title for screen readers; the templates put the same figures in a table beside it.
 *
 * <p>The colours are also written as presentation attributes: the site's stylesheet overrides them on
 * screen, but the PDF's SVG renderer does not see that stylesheet.
 *
 * @param barColour the fill of a bar, the theme's primary colour
 */
public record BarChart(String barColour) {
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;
    private static final String TRACK_COLOUR = "#f3f2f1";

    /**
     * One bar of a chart.
     *
     * @param label what the bar stands for
     * @param value its value
     * @param max the value of a full bar
     * @param text the value as shown, e.g. "12 av 20 (60 %)"
     */
    public record Bar(String label, int value, int max, String text) {
    }

    /** The chart as SVG markup, with {@code title} as its accessible name. */
    public String svg(String id, String title, List<Bar> bars) {
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "bar-chart")
                .attr("viewBox", "0 0 " + WIDTH + " " + height)
                .attr("width", String.valueOf(WIDTH))
                .attr("height", String.valueOf(height))
                .attr("role", "img")
                .attr("aria-labelledby", id + "-title");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        int y = GAP;
        int barSpace = WIDTH - LABEL_WIDTH - 120;
        for (Bar bar : bars) {
            int length = bar.max() == 0 ? 0 : Math.round((float) barSpace * bar.value() / bar.max());
            svg.appendElement("text").attr("x", "0").attr("y", String.valueOf(y + 16)).attr("class", "bar-chart__label")
                    .text(shorten(bar.label()));
            svg.appendElement("rect").attr("x", String.valueOf(LABEL_WIDTH)).attr("y", String.valueOf(y))
                    .attr("width", String.valueOf(barSpace)).attr("height", String.valueOf(BAR_HEIGHT))
                    .attr("class", "bar-chart__track").attr("fill", TRACK_COLOUR);
            svg.appendElement("rect").attr("x", String.valueOf(LABEL_WIDTH)).attr("y", String.valueOf(y))
                    .attr("width", String.valueOf(length)).attr("height", String.valueOf(BAR_HEIGHT))
                    .attr("class", "bar-chart__bar").attr("fill", barColour);
            svg.appendElement("text").attr("x", String.valueOf(LABEL_WIDTH + barSpace + 8)).attr("y", String.valueOf(y + 16))
                    .attr("class", "bar-chart__value").text(bar.text());
            y += BAR_HEIGHT + GAP;
        }
        return svg.outerHtml();
    }

    private static String shorten(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25) + "…";
    }
}
