package se.lishandboken.view;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A horizontal bar chart as inline SVG, built with jsoup so every label is escaped. Each chart has a
 * title for screen readers; the templates put the same figures in a table beside it.
 *
 * <p>Each bar has its label on the line above it, across the chart's whole width, and its value to the
 * right of it, in a column as wide as the longest value needs. Widths are estimated from the number of
 * characters, generously, so no text runs out of the chart's view box in any font the reader has.
 *
 * <p>The colours and the font size are also written as presentation attributes: the site's stylesheet
 * overrides them on screen, but the PDF's SVG renderer does not see that stylesheet.
 *
 * @param barColour the fill of a bar, the theme's primary colour
 */
public record BarChart(String barColour) {
    /** The chart's width in SVG units; it scales down with the page. */
    static final int WIDTH = 640;
    /** The font size of every text, in SVG units. */
    static final int FONT_SIZE = 14;
    private static final int LABEL_HEIGHT = 20;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 12;
    private static final int VALUE_GAP = 8;
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
        int rowHeight = LABEL_HEIGHT + BAR_HEIGHT + GAP;
        int height = bars.size() * rowHeight + GAP;
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "bar-chart")
                .attr("viewBox", "0 0 " + WIDTH + " " + height)
                .attr("width", String.valueOf(WIDTH))
                .attr("height", String.valueOf(height))
                .attr("role", "img")
                .attr("aria-labelledby", id + "-title");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        int valueWidth = bars.stream().mapToInt(bar -> estimatedWidth(bar.text())).max().orElse(0);
        int barSpace = Math.max(WIDTH / 3, WIDTH - valueWidth - VALUE_GAP);
        int y = GAP;
        for (Bar bar : bars) {
            int length = bar.max() == 0 ? 0 : Math.round((float) barSpace * Math.min(bar.value(), bar.max()) / bar.max());
            text(svg, 0, y + LABEL_HEIGHT - 6, "bar-chart__label", fitted(bar.label(), WIDTH));
            int barY = y + LABEL_HEIGHT;
            rect(svg, barY, barSpace, "bar-chart__track", TRACK_COLOUR);
            rect(svg, barY, length, "bar-chart__bar", barColour);
            text(svg, barSpace + VALUE_GAP, barY + 16, "bar-chart__value", fitted(bar.text(), WIDTH - barSpace - VALUE_GAP));
            y += rowHeight;
        }
        return svg.outerHtml();
    }

    /**
     * A generous estimate of a text's width at {@link #FONT_SIZE}: 0.65 em a character, which is more
     * than the average of wide fonts such as DejaVu Sans and Verdana, and 1 em for a few wide letters.
     */
    static int estimatedWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += "MWm%@".indexOf(text.charAt(i)) >= 0 ? 1.0 : 0.65;
        }
        return (int) Math.ceil(width * FONT_SIZE);
    }

    /** The text, shortened with an ellipsis if even the generous estimate would not fit {@code room}. */
    private static String fitted(String text, int room) {
        String fitted = text;
        while (estimatedWidth(fitted) > room && fitted.length() > 1) {
            fitted = fitted.substring(0, fitted.length() - (fitted.endsWith("…") ? 2 : 1)).stripTrailing() + "…";
        }
        return fitted;
    }

    private static void text(Element svg, int x, int y, String className, String text) {
        svg.appendElement("text").attr("x", String.valueOf(x)).attr("y", String.valueOf(y))
                .attr("class", className).attr("font-size", String.valueOf(FONT_SIZE)).text(text);
    }

    private static void rect(Element svg, int y, int width, String className, String fill) {
        svg.appendElement("rect").attr("x", "0").attr("y", String.valueOf(y))
                .attr("width", String.valueOf(width)).attr("height", String.valueOf(BAR_HEIGHT))
                .attr("class", className).attr("fill", fill);
    }
}
