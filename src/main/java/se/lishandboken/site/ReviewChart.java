package se.lishandboken.site;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import se.lishandboken.review.Review;
import se.lishandboken.review.Share;

/** The shares of a management review as a bar chart: one bar per measure, as of the review date. */
final class ReviewChart {

    private ReviewChart() {
    }

    static String svg(Review review, int year, ResourceBundle ui, BarChart charts) {
        return charts.svg("nyckeltal-diagram", MessageFormat.format(ui.getString("review.chart.title"), String.valueOf(year)), List.of(
                bar(ui, "review.chart.assets", review.assetsClassified()),
                bar(ui, "review.chart.processes", review.processesClassified()),
                bar(ui, "review.chart.agreements", review.agreementsSigned()),
                bar(ui, "review.chart.records", review.personalDataRecorded()),
                bar(ui, "review.chart.access", review.accessReviewed()),
                bar(ui, "review.chart.elearning", review.elearning())));
    }

    private static BarChart.Bar bar(ResourceBundle ui, String key, Share share) {
        return new BarChart.Bar(ui.getString(key), share.percent(), 100,
                MessageFormat.format(ui.getString("review.share"), share.part(), share.total(), share.percent()));
    }
}
