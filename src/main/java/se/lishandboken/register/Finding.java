package se.lishandboken.register;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * An audit finding or a DSO recommendation (revisionsiakttagelse, rekommendation).
 *
 * @param id e.g. "F-DSO-3-4"
 * @param source who made it
 * @param date when
 * @param reference e.g. "Punkt 3.4"
 * @param title a short title
 * @param text what it says
 * @param kind a finding, a recommendation or a planned review
 * @param history its statuses, oldest first
 * @param visibility who may see it
 */
public record Finding(
        String id, Source source, LocalDate date, String reference, String title, String text, Kind kind,
        List<FindingStatusChange> history, Visibility visibility) implements Visible {

    public Finding {
        history = Lists.of(history);
        kind = kind == null ? Kind.FINDING : kind;
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    @Override
    public LocalDate enteredRegister() {
        return date;
    }

    /** The finding as it stood on {@code date}: only the statuses set by then. */
    Finding asOf(LocalDate day) {
        return new Finding(id, source, date, reference, title, text, kind, History.until(history, FindingStatusChange::date, day),
                visibility);
    }

    /** Whether it is something to answer: a finding or a recommendation, not a review announced for later. */
    public boolean isToAnswer() {
        return kind != Kind.PLANNED_REVIEW;
    }

    /** The status on {@code date}; open if nothing was recorded by then. */
    public FindingStatus statusOn(LocalDate date) {
        return History.latestOn(history, FindingStatusChange::date, date).map(FindingStatusChange::status).orElse(FindingStatus.OPEN);
    }

    /** The current status. */
    public FindingStatus status() {
        return history.isEmpty() ? FindingStatus.OPEN : history.get(history.size() - 1).status();
    }

    /** Who made a finding. */
    public enum Source {
        @JsonProperty("audit") AUDIT,
        @JsonProperty("dso") DSO,
        @JsonProperty("internal-audit") INTERNAL_AUDIT,
        @JsonProperty("supervisory-authority") SUPERVISORY_AUTHORITY
    }

    /** What kind of finding it is. */
    public enum Kind {
        @JsonProperty("finding") FINDING,
        @JsonProperty("recommendation") RECOMMENDATION,
        @JsonProperty("planned-review") PLANNED_REVIEW
    }
}
