package se.lishandboken.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.register.Action;
import se.lishandboken.register.Agreement;
import se.lishandboken.register.Asset;
import se.lishandboken.register.ClassificationCoverage;
import se.lishandboken.register.ElearningResult;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.Register;
import se.lishandboken.register.Risk;
import se.lishandboken.register.Status;
import se.lishandboken.register.YearMetrics;

/** Computes a {@link Review} from the register: a pure function, no I/O. */
public final class Reviews {
    /** How many plan years a review shows: the review year and the two after it. */
    static final int PLAN_YEARS = 3;

    private Reviews() {
    }

    /**
     * The review held on {@code dates.date()}. Every figure comes from {@link Register#asOf} that day
     * (the comparison figures from the same view at the end of the previous period), so nothing dated
     * later changes it.
     *
     * @param register the register (the edition the review is for)
     * @param dates the review's year, date and periods
     * @param defaultReclassificationMonths the interval for assets that do not give their own
     * @param pages the handbook's pages, for those past their review date
     */
    public static Review of(Register register, ReviewDates dates, int defaultReclassificationMonths, List<HandbookPage> pages) {
        LocalDate date = dates.date();
        Register now = register.asOf(date);
        Register before = now.asOf(dates.previous().end());
        Integer metricsYear = dates.period().metricsYear(date).orElse(null);
        Integer metricsYearBefore = dates.previous().metricsYear(dates.previous().end().plusDays(1)).orElse(null);
        ClassificationCoverage coverage = ClassificationCoverage.of(now, defaultReclassificationMonths, date);
        ClassificationCoverage coverageBefore = ClassificationCoverage.of(before, defaultReclassificationMonths, dates.previous().end());
        return new Review(dates, metricsYear, metricsYearBefore,
                new Share(coverage.assetsClassified(), coverage.assetsTotal()),
                new Share(coverageBefore.assetsClassified(), coverageBefore.assetsTotal()),
                new Share(coverage.processesClassified(), coverage.processesTotal()),
                new Share(coverageBefore.processesClassified(), coverageBefore.processesTotal()),
                coverage.overdue().stream().map(asset -> new AssetEntry(asset.id(), asset.name())).toList(),
                personalDataRecorded(now), personalDataRecorded(before),
                agreementsSigned(now), agreementsSigned(before),
                accessReviewed(now, dates.period()), accessReviewed(before, dates.previous()),
                elearning(metrics(now, metricsYear)), elearning(metrics(now, metricsYearBefore)),
                IncidentSummary.of(metrics(now, metricsYear)), IncidentSummary.of(metrics(now, metricsYearBefore)),
                now.actionsOf(dates.year() - 1).stream().map(action -> ActionState.of(action, dates.year() - 1)).toList(),
                plan(now, dates.year()),
                findings(now, FindingStatus.OPEN), findings(now, FindingStatus.CLOSED),
                now.findings().stream().filter(finding -> !finding.isToAnswer()).map(FindingState::of).toList(),
                now.risks().stream().map(risk -> riskState(now, risk)).toList(),
                pages.stream().filter(p -> p.nextReview() != null && p.nextReview().isBefore(date)).toList(),
                CycleState.of(now, dates.year(), date),
                decisions(now, dates.year()), decisions(now, dates.year() - 1),
                SoaStatus.of(now.controls()), SoaStatus.of(before.controls()));
    }

    /**
     * The decisions of the review held in {@code year}, as the view (already cut at the review date) has
     * them, each with its actions' status then; an action over several years is judged by the round of
     * {@code year}, or of its first plan year if that is later.
     */
    private static List<DecisionState> decisions(Register view, int year) {
        return view.decisionsOf(year).stream()
                .map(decision -> new DecisionState(decision.id(), decision.review(), decision.date(), decision.text(),
                        decision.decidedBy(), decision.actions().stream()
                                .flatMap(id -> view.action(id).stream())
                                .map(action -> ActionState.of(action, Math.max(action.planYear(), year)))
                                .toList()))
                .toList();
    }

    private static Share personalDataRecorded(Register view) {
        List<Asset> personal = view.assets().stream().filter(Asset::personalData).toList();
        return new Share((int) personal.stream().filter(a -> !a.processingRecords().isEmpty()).count(), personal.size());
    }

    /** Processors with a signed agreement, of all processors, in a view (where an agreement signed later is missing). */
    private static Share agreementsSigned(Register view) {
        List<Agreement> agreements = view.records().stream()
                .flatMap(record -> record.processors().stream())
                .map(processor -> processor.agreement())
                .toList();
        return new Share((int) agreements.stream().filter(a -> a.status() == Agreement.Status.SIGNED).count(), agreements.size());
    }

    /** Assets with an access review in the period; null if the view holds no access review at all, so none were recorded. */
    private static Share accessReviewed(Register view, ReviewPeriod period) {
        if (view.assets().stream().allMatch(asset -> asset.accessReviews().isEmpty())) {
            return null;
        }
        int reviewed = (int) view.assets().stream()
                .filter(asset -> asset.accessReviews().stream().anyMatch(review -> period.contains(review.date())))
                .count();
        return new Share(reviewed, view.assets().size());
    }

    /** The metrics of {@code year} in a view (which holds only finished years); null if none. */
    static YearMetrics metrics(Register view, Integer year) {
        return year == null ? null : view.metrics().stream().filter(m -> m.year() == year).findFirst().orElse(null);
    }

    /** E-learning completion of a year; null if the year has no e-learning figures. */
    static Share elearning(YearMetrics metrics) {
        if (metrics == null || metrics.elearning().isEmpty()) {
            return null;
        }
        return new Share(metrics.elearning().stream().mapToInt(ElearningResult::completed).sum(),
                metrics.elearning().stream().mapToInt(ElearningResult::employees).sum());
    }

    /**
     * The plan for the review year and the two after it: each year's own actions. Duties that run through
     * several plan years belong to the narrative's own section, not to a year.
     */
    private static List<PlanYear> plan(Register view, int firstYear) {
        List<PlanYear> years = new ArrayList<>();
        for (int year = firstYear; year < firstYear + PLAN_YEARS; year++) {
            int planYear = year;
            years.add(new PlanYear(year, view.actions().stream()
                    .filter(action -> action.planYear() == planYear && action.untilYear() == planYear)
                    .map(action -> ActionState.of(action, planYear))
                    .toList()));
        }
        return years;
    }

    /** Findings and recommendations (not announced reviews) that are closed, or not, in a view. */
    private static List<FindingState> findings(Register view, FindingStatus wanted) {
        return view.findings().stream()
                .filter(Finding::isToAnswer)
                .filter(finding -> (finding.status() == FindingStatus.CLOSED) == (wanted == FindingStatus.CLOSED))
                .map(FindingState::of)
                .toList();
    }

    private static RiskState riskState(Register view, Risk risk) {
        List<Action> actions = risk.treatment().actions().stream().flatMap(id -> view.action(id).stream()).toList();
        int done = (int) actions.stream().filter(action -> action.status() == Status.DONE).count();
        return new RiskState(risk.id(), risk.title(), risk.owner(), risk.likelihood(), risk.consequence(), risk.assessed(),
                risk.treatment().decision(), done, actions.size());
    }
}
