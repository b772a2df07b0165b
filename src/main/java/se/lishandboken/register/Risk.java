package se.lishandboken.register;

import java.time.LocalDate;

/**
 * A risk from the risk and vulnerability analysis (RSA).
 *
 * @param id e.g. "R-2024-03"
 * @param title the risk
 * @param description or null
 * @param owner the risk owner's role
 * @param likelihood 1–4
 * @param consequence 1–4
 * @param assessed when it was assessed
 * @param treatment how it is treated
 * @param visibility who may see it
 */
public record Risk(
        String id, String title, String description, String owner, int likelihood, int consequence,
        LocalDate assessed, Treatment treatment, Visibility visibility) implements Visible {

    public Risk {
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    /** Likelihood times consequence. */
    public int level() {
        return likelihood * consequence;
    }
}
