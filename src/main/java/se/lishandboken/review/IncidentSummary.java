package se.lishandboken.review;

import com.fasterxml.jackson.annotation.JsonAlias;
import se.lishandboken.register.YearMetrics;

/**
 * A year's incidents.
 *
 * @param total incidents of every category
 * @param reportedInIncidentSystem reported in the incident system; seals written before the field was renamed call it reportedInIA
 * @param followedUp followed up
 */
public record IncidentSummary(int total,
        @JsonAlias("reportedInIA") int reportedInIncidentSystem, int followedUp) {

    /** The year's incidents; null if the year has no metrics, so the review says they are not known. */
    static IncidentSummary of(YearMetrics metrics) {
        return metrics == null ? null : new IncidentSummary(metrics.incidents().total(),
                metrics.incidents().reportedInIncidentSystem(), metrics.incidents().followedUp());
    }

    public Share followedUpShare() {
        return new Share(followedUp, reportedInIncidentSystem);
    }
}
