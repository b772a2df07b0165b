package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * A risk from the risk and vulnerability analysis (RSA), with its assessments over time.
 *
 * <p>The file may give one assessment as {@code likelihood}, {@code consequence} and {@code assessed}
 * (the form before assessments had a history) or a dated list in {@code assessments}; either way the
 * record holds the list, and the three single fields are the latest assessment.
 *
 * @param id e.g. "R-2024-03"
 * @param title the risk
 * @param description or null
 * @param owner the risk owner's role
 * @param likelihood 1–4, of the latest assessment
 * @param consequence 1–4, of the latest assessment
 * @param assessed when it was last assessed
 * @param assessments every assessment, oldest first; the first is when the risk entered the register
 * @param treatment how it is treated
 * @param visibility who may see it
 */
public record Risk(
        String id, String title, String description, String owner, Integer likelihood, Integer consequence,
        LocalDate assessed, List<RiskAssessment> assessments, Treatment treatment, Visibility visibility) implements Visible {

    public Risk {
        if ((assessments == null || assessments.isEmpty()) && assessed != null && likelihood != null && consequence != null) {
            assessments = List.of(new RiskAssessment(assessed, likelihood, consequence, null));
        }
        assessments = Lists.of(assessments);
        if (!assessments.isEmpty()) {
            RiskAssessment latest = assessments.get(assessments.size() - 1);
            likelihood = latest.likelihood();
            consequence = latest.consequence();
            assessed = latest.date();
        }
        treatment = treatment == null ? new Treatment(Treatment.Decision.REDUCE, List.of(), null, null) : treatment;
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    /** Likelihood times consequence of the latest assessment; 0 if it has none. */
    public int level() {
        return likelihood == null || consequence == null ? 0 : likelihood * consequence;
    }

    /** The risk as it stood on {@code date}: only the assessments made by then. */
    Risk asOf(LocalDate date) {
        List<RiskAssessment> then = History.until(assessments, RiskAssessment::date, date);
        RiskAssessment latest = then.isEmpty() ? null : then.get(then.size() - 1);
        return new Risk(id, title, description, owner, latest == null ? null : latest.likelihood(),
                latest == null ? null : latest.consequence(), latest == null ? null : latest.date(), then, treatment, visibility);
    }

    /** When the risk entered the register: its first assessment. */
    @Override
    public LocalDate enteredRegister() {
        return assessments.isEmpty() ? null : assessments.get(0).date();
    }

    Risk referringOnlyTo(Predicate<String> exists) {
        return new Risk(id, title, description, owner, likelihood, consequence, assessed, assessments,
                new Treatment(treatment.decision(), treatment.actions().stream().filter(exists).toList(), treatment.decidedBy(),
                        treatment.rationale()), visibility);
    }
}
