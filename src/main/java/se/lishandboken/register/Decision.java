package se.lishandboken.register;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision of a management review (ISO/IEC 27001:2022 9.3.3), from {@code data/decisions.json}: what
 * top management decided, and the actions of the plan the decision creates or changes.
 *
 * @param id e.g. "B2024-01"
 * @param review the year of the review it was taken at
 * @param date when it was taken, usually the review date; the dated view ({@link Register#asOf}) leaves out a decision taken later
 * @param text the decision, in the review's words
 * @param actions the actions it creates or changes, by id
 * @param decidedBy the role that decided, e.g. "vd"
 * @param note a remark for the ISAM, e.g. where the wording comes from; never shown in the review, or null
 * @param visibility who may see it
 */
public record Decision(String id, int review, LocalDate date, String text, List<String> actions, String decidedBy, String note,
        Visibility visibility) implements Visible {

    public Decision {
        actions = Lists.of(actions);
        visibility = visibility == null ? Visibility.INTRANET : visibility;
    }

    /** A decision enters the register the day it is taken. */
    @Override
    public LocalDate enteredRegister() {
        return date;
    }

    Decision referringOnlyTo(java.util.function.Predicate<String> exists) {
        return new Decision(id, review, date, text, actions.stream().filter(exists).toList(), decidedBy, note, visibility);
    }
}
