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

    public static final IncidentSummary NONE = new IncidentSummary(0, 0, 0);

    static IncidentSummary of(YearMetrics metrics) {
        return metrics == null ? NONE : new IncidentSummary(metrics.incidents().total(),
                metrics.incidents().reportedInIA(), metrics.incidents().followedUp());
    }

    public Share followedUpShare() {
        return new Share(followedUp, reportedInIA);
    }
}
