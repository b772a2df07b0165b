package se.lishandboken.view;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import se.lishandboken.review.Review;
import se.lishandboken.review.Share;

/** The shares of a management review as a bar chart: one bar per measure, as of the review date. */
final class ReviewChart {

    private ReviewChart() {
    }

    /** The chart of the shares that are known for the review; a share not known has no bar. */
    static String svg(Review review, ResourceBundle ui, BarChart charts) {
        return charts.svg("nyckeltal-diagram", MessageFormat.format(ui.getString("review.chart.title"), review.date().toString()), Stream.of(
                bar(ui, "review.chart.assets", review.assetsClassified()),
                bar(ui, "review.chart.processes", review.processesClassified()),
                bar(ui, "review.chart.agreements", review.agreementsSigned()),
                bar(ui, "review.chart.records", review.personalDataRecorded()),
                bar(ui, "review.chart.access", review.accessReviewed()),
                bar(ui, "review.chart.elearning", review.elearning())).filter(java.util.Objects::nonNull).toList());
    }

    private static BarChart.Bar bar(ResourceBundle ui, String key, Share share) {
        return share == null ? null : new BarChart.Bar(ui.getString(key), share.percent(), 100,
                MessageFormat.format(ui.getString("review.share"), share.part(), share.total(), share.percent()));
    }
}
