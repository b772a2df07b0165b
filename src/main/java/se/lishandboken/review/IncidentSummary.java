package se.lishandboken.review;

import se.lishandboken.register.YearMetrics;

/**
 * A year's incidents.
 *
 * @param total incidents of every category
 * @param reportedInIA reported in the incident system
 * @param followedUp followed up
 */
public record IncidentSummary(int total, int reportedInIA, int followedUp) {

    /** The year's incidents; null if the year has no metrics, so the review says they are not known. */
    static IncidentSummary of(YearMetrics metrics) {
        return metrics == null ? null : new IncidentSummary(metrics.incidents().total(),
                metrics.incidents().reportedInIA(), metrics.incidents().followedUp());
    }

    public Share followedUpShare() {
        return new Share(followedUp, reportedInIA);
    }
}
