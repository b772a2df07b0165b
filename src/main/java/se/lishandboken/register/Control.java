package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One control of the Statement of Applicability ({@code data/controls.json}).
 *
 * @param framework the catalogue it belongs to, e.g. {@code iso27001-2022} (the default)
 * @param id its number in the catalogue, e.g. {@code 5.15}
 * @param applicable whether the organisation applies it
 * @param justification why it is, or is not, applicable; required when it is not
 * @param statuses its implementation statuses, oldest first
 * @param responsible the role responsible for it, or null
 * @param actions the actions that concern it
 * @param risks the risks it treats
 * @param findings the findings that concern it
 */
public record Control(String framework, String id, boolean applicable, Justification justification, List<ControlStatus> statuses,
        String responsible, List<String> actions, List<String> risks, List<String> findings) {

    /** The framework of a control that names none. */
    public static final String DEFAULT_FRAMEWORK = "iso27001-2022";

    public Control {
        framework = framework == null ? DEFAULT_FRAMEWORK : framework;
        statuses = Lists.of(statuses);
        actions = Lists.of(actions);
        risks = Lists.of(risks);
        findings = Lists.of(findings);
    }

    /** The control as a handbook section names it: {@code 5.15}, or {@code klassa:K1} for another framework. */
    public String key() {
        return DEFAULT_FRAMEWORK.equals(framework) ? id : framework + ":" + id;
    }

    /** Its latest status, if it has one. */
    public Optional<ControlStatus> status() {
        return statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1));
    }

    /** The control as it stood on {@code date}: only the statuses judged by then. */
    Control asOf(LocalDate date) {
        return new Control(framework, id, applicable, justification, History.until(statuses, ControlStatus::date, date), responsible,
                actions, risks, findings);
    }

    Control referringOnlyTo(Predicate<String> exists) {
        return new Control(framework, id, applicable, justification, statuses, responsible,
                actions.stream().filter(exists).toList(), risks.stream().filter(exists).toList(),
                findings.stream().filter(exists).toList());
    }
}
