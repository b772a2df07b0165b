package se.lishandboken.view;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The annual cycle as an inline SVG wheel, built with jsoup so every label is escaped: the twelve
 * months around the rim, January at the top, and each activity as a numbered marker on its months,
 * ringed in its role's colour. The numbers match the table beside the wheel, so colour is never the
 * only way to tell activities apart; the current month is filled with the accent colour.
 *
 * @param accent the fill of the current month
 * @param rim the fill of the other months
 */
record CycleWheel(String accent, String rim) {
    private static final int SIZE = 420;
    private static final double CENTRE = SIZE / 2.0;
    private static final double OUTER = 205;
    private static final double INNER = 165;
    private static final double MARKER = 11;
    private static final double STEP = 25;
    private static final int MAX_MARKERS = 5;

    /**
     * One marker: activity {@code number} in {@code month}.
     *
     * @param month 1–12
     * @param number the activity's number in the table
     * @param colour its role's colour
     * @param label the activity's title, read as the marker's tooltip
     */
    record Marker(int month, int number, String colour, String label) {
    }

    /** The wheel, with {@code title} and {@code description} as its accessible name and description. */
    String svg(String title, String description, List<String> monthNames, int currentMonth, List<Marker> markers) {
        Element svg = new Element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("class", "cycle-wheel")
                .attr("viewBox", "0 0 " + SIZE + " " + SIZE)
                .attr("role", "img")
                .attr("aria-labelledby", "arshjul-titel")
                .attr("aria-describedby", "arshjul-beskrivning");
        svg.appendElement("title").attr("id", "arshjul-titel").text(title);
        svg.appendElement("desc").attr("id", "arshjul-beskrivning").text(description);
        for (int month = 1; month <= 12; month++) {
            boolean current = month == currentMonth;
            svg.appendElement("path").attr("d", segment(month))
                    .attr("class", current ? "cycle-wheel__month cycle-wheel__month--current" : "cycle-wheel__month")
                    .attr("fill", current ? accent : rim).attr("stroke", "#ffffff").attr("stroke-width", "2");
            double[] label = point(angle(month), (OUTER + INNER) / 2);
            svg.appendElement("text").attr("x", number(label[0])).attr("y", number(label[1] + 5))
                    .attr("text-anchor", "middle").attr("class", "cycle-wheel__label")
                    .attr("font-weight", current ? "bold" : "normal")
                    .text(monthNames.get(month - 1));
        }
        for (int month = 1; month <= 12; month++) {
            int m = month;
            List<Marker> here = markers.stream().filter(marker -> marker.month() == m).toList();
            for (int i = 0; i < Math.min(here.size(), MAX_MARKERS); i++) {
                boolean more = i == MAX_MARKERS - 1 && here.size() > MAX_MARKERS;
                double[] at = point(angle(month), INNER - 18 - i * STEP);
                Element group = svg.appendElement("g").attr("class", "cycle-wheel__marker");
                group.appendElement("title").text(more
                        ? String.join(", ", here.subList(i, here.size()).stream().map(Marker::label).toList())
                        : here.get(i).label());
                group.appendElement("circle").attr("cx", number(at[0])).attr("cy", number(at[1])).attr("r", number(MARKER))
                        .attr("fill", "#ffffff").attr("stroke", more ? "#4d4d4d" : here.get(i).colour()).attr("stroke-width", "4");
                group.appendElement("text").attr("x", number(at[0])).attr("y", number(at[1] + 4))
                        .attr("text-anchor", "middle").attr("class", "cycle-wheel__number")
                        .text(more ? "+" + (here.size() - MAX_MARKERS + 1) : String.valueOf(here.get(i).number()));
            }
        }
        return svg.outerHtml();
    }

    /** The month's ring segment, clockwise from 12 o'clock. */
    private static String segment(int month) {
        double from = Math.toRadians((month - 1) * 30);
        double to = Math.toRadians(month * 30);
        double[] a = point(from, OUTER);
        double[] b = point(to, OUTER);
        double[] c = point(to, INNER);
        double[] d = point(from, INNER);
        return "M" + number(a[0]) + "," + number(a[1])
                + " A" + number(OUTER) + "," + number(OUTER) + " 0 0,1 " + number(b[0]) + "," + number(b[1])
                + " L" + number(c[0]) + "," + number(c[1])
                + " A" + number(INNER) + "," + number(INNER) + " 0 0,0 " + number(d[0]) + "," + number(d[1]) + " Z";
    }

    private static double angle(int month) {
        return Math.toRadians((month - 0.5) * 30);
    }

    private static double[] point(double angle, double radius) {
        return new double[] {CENTRE + radius * Math.sin(angle), CENTRE - radius * Math.cos(angle)};
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
