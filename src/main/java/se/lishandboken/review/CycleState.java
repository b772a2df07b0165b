package se.lishandboken.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.lishandboken.register.Action;
import se.lishandboken.register.CycleActivity;
import se.lishandboken.register.Register;
import se.lishandboken.register.Status;
import se.lishandboken.register.YearMetrics;

/**
 * An activity of the annual cycle in one year, and whether the register shows it done by a date.
 *
 * @param activity the activity
 * @param state what the register shows
 * @param share the part done, where the evidence is a count (e-learning, access reviews); else null
 */
public record CycleState(CycleActivity activity, State state, Share share) {

    /** What the register shows about an activity on a date. */
    public enum State {
        DONE, PARTLY, NOT_DONE, UPCOMING, UNKNOWN;

        /** The key of its text in the UI bundle, e.g. {@code cycle.state.done}. */
        public String key() {
            return "cycle.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Every activity of {@code year}'s cycle with its state on {@code date}, in the order of their first month. */
    static List<CycleState> of(Register register, int year, LocalDate date) {
        return register.cycle().activities().stream()
                .filter(activity -> activity.occursIn(year))
                .sorted(java.util.Comparator.comparingInt((CycleActivity activity) -> activity.months().get(0)))
                .map(activity -> of(register, activity, year, date))
                .toList();
    }

    private static CycleState of(Register register, CycleActivity activity, int year, LocalDate date) {
        boolean over = date.isAfter(YearMonth.of(year, activity.months().get(activity.months().size() - 1)).atEndOfMonth());
        State pending = over ? State.NOT_DONE : State.UPCOMING;
        YearMetrics metrics = register.metrics().stream().filter(m -> m.year() == year).findFirst().orElse(null);
        return switch (activity.evidence()) {
            case ACTIONS -> fromActions(register, activity, year, date, pending);
            case ELEARNING -> metrics == null || metrics.elearning().isEmpty()
                    ? new CycleState(activity, over ? State.UNKNOWN : State.UPCOMING, null)
                    : fromShare(activity, new Share(metrics.elearning().stream().mapToInt(e -> e.completed()).sum(),
                            metrics.elearning().stream().mapToInt(e -> e.employees()).sum()), pending);
            case ACCESS_REVIEWS -> fromShare(activity, new Share((int) register.assets().stream()
                    .filter(asset -> asset.accessReviews().stream()
                            .anyMatch(review -> review.date().getYear() == year && !review.date().isAfter(date)))
                    .count(), register.assets().size()), pending);
            case CONTINUITY_EXERCISES -> metrics == null
                    ? new CycleState(activity, over ? State.UNKNOWN : State.UPCOMING, null)
                    : new CycleState(activity, metrics.continuityExercises() > 0 ? State.DONE : pending, null);
        };
    }

    /** Done if every action of the year that it carries out was marked done during the year, by the date. */
    private static CycleState fromActions(Register register, CycleActivity activity, int year, LocalDate date, State pending) {
        List<Action> actions = activity.actions().stream()
                .flatMap(id -> register.action(id).stream())
                .filter(action -> action.planYear() <= year && year <= action.untilYear())
                .toList();
        if (actions.isEmpty()) {
            return new CycleState(activity, pending == State.UPCOMING ? State.UPCOMING : State.UNKNOWN, null);
        }
        long done = actions.stream()
                .filter(action -> action.history().stream().anyMatch(change -> change.status() == Status.DONE
                        && change.date().getYear() == year && !change.date().isAfter(date)))
                .count();
        State state = done == actions.size() ? State.DONE : done > 0 ? State.PARTLY : pending;
        return new CycleState(activity, state, null);
    }

    private static CycleState fromShare(CycleActivity activity, Share share, State pending) {
        State state = share.total() > 0 && share.part() == share.total() ? State.DONE : share.part() > 0 ? State.PARTLY : pending;
        return new CycleState(activity, state, share);
    }
}
