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
 * @param id the activity's id
 * @param title the activity
 * @param months its months, 1–12
 * @param responsible the responsible role's id
 * @param state what the register shows
 * @param share the part done, where the evidence is a count (e-learning, access reviews); else null
 */
public record CycleState(String id, String title, List<Integer> months, String responsible, State state, Share share) {

    public CycleState {
        months = List.copyOf(months);
    }

    private CycleState(CycleActivity activity, State state, Share share) {
        this(activity.id(), activity.title(), activity.months(), activity.responsible(), state, share);
    }

    /** What the register shows about an activity on a date. */
    public enum State {
        DONE, PARTLY, IN_PROGRESS, NOT_DONE, UPCOMING, UNKNOWN;

        /** The key of its text in the UI bundle, e.g. {@code cycle.state.done}. */
        public String key() {
            return "cycle.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Every activity of {@code year}'s cycle with its state on {@code date}, in the order of their first
     * month, from the register as it was on the date (which has no cycle before it was adopted).
     */
    static List<CycleState> of(Register register, int year, LocalDate date) {
        return register.cycle().activities().stream()
                .filter(activity -> activity.occursIn(year))
                .sorted(java.util.Comparator.comparingInt((CycleActivity activity) -> activity.months().get(0)))
                .map(activity -> of(register, activity, year, date))
                .toList();
    }

    private static CycleState of(Register register, CycleActivity activity, int year, LocalDate date) {
        boolean started = !date.isBefore(YearMonth.of(year, activity.months().get(0)).atDay(1));
        boolean over = date.isAfter(YearMonth.of(year, activity.months().get(activity.months().size() - 1)).atEndOfMonth());
        State pending = over ? State.NOT_DONE : started ? State.IN_PROGRESS : State.UPCOMING;
        YearMetrics metrics = Reviews.metrics(register, year);
        return switch (activity.evidence()) {
            case ACTIONS -> fromActions(register, activity, year, date, pending);
            // The year's metrics are totals without dates: they say nothing until the activity's months are over.
            case ELEARNING -> !over ? new CycleState(activity, pending, null)
                    : metrics == null || metrics.elearning().isEmpty() ? new CycleState(activity, State.UNKNOWN, null)
                    : fromShare(activity, Reviews.elearning(metrics), pending);
            case CONTINUITY_EXERCISES -> !over ? new CycleState(activity, pending, null)
                    : metrics == null ? new CycleState(activity, State.UNKNOWN, null)
                    : new CycleState(activity, metrics.continuityExercises() > 0 ? State.DONE : State.NOT_DONE, null);
            // Access reviews are dated: count those of the year up to the date.
            case ACCESS_REVIEWS -> fromShare(activity, new Share((int) register.assets().stream()
                    .filter(asset -> asset.accessReviews().stream()
                            .anyMatch(review -> review.date().getYear() == year && !review.date().isAfter(date)))
                    .count(), register.assets().size()), pending);
        };
    }

    /**
     * Done if every action of the year that it carries out was marked done during the year, by the date;
     * still in progress, though its months are over, while one of them is under way or not yet due.
     */
    private static CycleState fromActions(Register register, CycleActivity activity, int year, LocalDate date, State pending) {
        List<Action> actions = activity.actions().stream()
                .flatMap(id -> register.action(id).stream())
                .filter(action -> action.planYear() <= year && year <= action.untilYear())
                .toList();
        if (actions.isEmpty()) {
            return new CycleState(activity, pending == State.NOT_DONE ? State.UNKNOWN : pending, null);
        }
        long done = actions.stream()
                .filter(action -> action.history().stream().anyMatch(change -> change.status() == Status.DONE
                        && change.date().getYear() == year && !change.date().isAfter(date)))
                .count();
        if (done == actions.size()) {
            return new CycleState(activity, State.DONE, null);
        }
        if (done > 0) {
            return new CycleState(activity, State.PARTLY, null);
        }
        boolean underWay = actions.stream().anyMatch(action -> action.due() != null && action.due().isAfter(date)
                || action.statusOn(date).map(change -> change.status() == Status.IN_PROGRESS).orElse(false));
        return new CycleState(activity, pending == State.NOT_DONE && underWay ? State.IN_PROGRESS : pending, null);
    }

    private static CycleState fromShare(CycleActivity activity, Share share, State pending) {
        State state = share.total() > 0 && share.part() == share.total() ? State.DONE : share.part() > 0 ? State.PARTLY : pending;
        return new CycleState(activity, state, share);
    }
}
