package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An action (åtgärd) of the ISMS plan.
 *
 * @param id e.g. "A2024-01"
 * @param title what is to be done, in the plan's words
 * @param description more detail, or null
 * @param planYear the year of the plan it belongs to
 * @param lastYear the last plan year it runs through (the whole three-year plan for ongoing duties); null for one year
 * @param responsible the responsible role
 * @param source where it comes from
 * @param findings the findings it answers
 * @param risks the risks it treats
 * @param assets the assets it concerns
 * @param due when it should be done, or null
 * @param recurring whether it comes back every year
 * @param history its statuses, oldest first; the last is the current one
 * @param visibility who may see it
 */
public record Action(
        String id, String title, String description, int planYear, Integer lastYear, String responsible, ActionSource source,
        List<String> findings, List<String> risks, List<String> assets, LocalDate due, boolean recurring,
        List<StatusChange> history, Visibility visibility) implements Visible {

    public Action {
        findings = Lists.of(findings);
        risks = Lists.of(risks);
        assets = Lists.of(assets);
        history = Lists.of(history);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    /** The last plan year the action belongs to: {@code lastYear}, or the plan year itself. */
    public int untilYear() {
        return lastYear == null ? planYear : lastYear;
    }

    /** The status on {@code date}, if the action existed then. */
    public Optional<StatusChange> statusOn(LocalDate date) {
        return History.latestOn(history, StatusChange::date, date);
    }

    /** The current status. */
    public Status status() {
        return history.isEmpty() ? Status.PLANNED : history.get(history.size() - 1).status();
    }
}
