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
 * @param recorded when the action entered the register, or null: then the date of its first status, or always if it has none
 * @param visibility who may see it
 */
public record Action(
        String id, String title, String description, int planYear, Integer lastYear, String responsible, ActionSource source,
        List<String> findings, List<String> risks, List<String> assets, LocalDate due, boolean recurring,
        List<StatusChange> history, LocalDate recorded, Visibility visibility) implements Visible {

    public Action {
        findings = Lists.of(findings);
        risks = Lists.of(risks);
        assets = Lists.of(assets);
        history = Lists.of(history);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    /** When the action entered the register: {@code recorded}, else its first status; null if it has neither. */
    @Override
    public LocalDate enteredRegister() {
        return recorded != null ? recorded : history.isEmpty() ? null : history.get(0).date();
    }

    /** The action as it stood on {@code date}: only the statuses set by then. */
    Action asOf(LocalDate date) {
        return new Action(id, title, description, planYear, lastYear, responsible, source, findings, risks, assets, due, recurring,
                History.until(history, StatusChange::date, date), recorded, visibility);
    }

    Action referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new Action(id, title, description, planYear, lastYear, responsible, source, findings.stream().filter(exists).toList(),
                risks.stream().filter(exists).toList(), assets.stream().filter(exists).toList(), due, recurring, history, recorded,
                visibility);
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
