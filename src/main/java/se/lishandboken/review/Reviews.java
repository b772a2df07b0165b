package se.lishandboken.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.lishandboken.register.Action;
import se.lishandboken.register.Agreement;
import se.lishandboken.register.Asset;
import se.lishandboken.register.ClassificationCoverage;
import se.lishandboken.register.ElearningResult;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.Process;
import se.lishandboken.register.Register;
import se.lishandboken.register.Status;
import se.lishandboken.register.YearMetrics;

/** Computes a {@link Review} from the register: a pure function, no I/O. */
public final class Reviews {

    private Reviews() {
    }

    /**
     * The review of {@code year} as of {@code date}.
     *
     * @param register the register (the edition the review is for)
     * @param year the review year
     * @param date the review date; everything is judged as of this day
     * @param defaultReclassificationMonths the interval for assets that do not give their own
     * @param pages the handbook's pages, for those past their review date
     */
    public static Review of(Register register, int year, LocalDate date, int defaultReclassificationMonths, List<HandbookPage> pages) {
        LocalDate yearBefore = date.minusYears(1);
        return new Review(year, date,
                assetsClassified(register, date), assetsClassified(register, yearBefore),
                processesClassified(register, date), processesClassified(register, yearBefore),
                ClassificationCoverage.of(register, defaultReclassificationMonths, date).overdue(),
                personalDataRecorded(register),
                agreementsSigned(register, date), agreementsSigned(register, yearBefore),
                accessReviewed(register, year),
                elearning(metrics(register, year)), elearning(metrics(register, year - 1)),
                IncidentSummary.of(metrics(register, year)), IncidentSummary.of(metrics(register, year - 1)),
                plan(register, year - 1, date), plan(register, year, date),
                findings(register, date, false), findings(register, date, true),
                register.risks().stream().map(risk -> riskState(register, risk, date)).toList(),
                pages.stream().filter(p -> p.nextReview() != null && p.nextReview().isBefore(date)).toList(),
                CycleState.of(register, year, date));
    }

    /** Assets carry no creation date, so the whole is today's register both years; the part follows the history. */
    private static Share assetsClassified(Register register, LocalDate date) {
        return new Share((int) register.assets().stream().filter(a -> a.classificationOn(date).isPresent()).count(),
                register.assets().size());
    }

    private static Share processesClassified(Register register, LocalDate date) {
        List<Process> processes = register.processes();
        return new Share((int) processes.stream().filter(p -> p.classificationOn(date).isPresent()).count(), processes.size());
    }

    private static Share personalDataRecorded(Register register) {
        List<Asset> personal = register.assets().stream().filter(Asset::personalData).toList();
        return new Share((int) personal.stream().filter(a -> !a.processingRecords().isEmpty()).count(), personal.size());
    }

    private static Share agreementsSigned(Register register, LocalDate date) {
        List<Agreement> agreements = register.records().stream()
                .flatMap(record -> record.processors().stream())
                .map(processor -> processor.agreement())
                .toList();
        int signed = (int) agreements.stream()
                .filter(a -> a.status() == Agreement.Status.SIGNED && a.date() != null && !a.date().isAfter(date))
                .count();
        return new Share(signed, agreements.size());
    }

    private static Share accessReviewed(Register register, int year) {
        int reviewed = (int) register.assets().stream()
                .filter(a -> a.accessReviews().stream().anyMatch(r -> r.date().getYear() == year))
                .count();
        return new Share(reviewed, register.assets().size());
    }

    static YearMetrics metrics(Register register, int year) {
        return register.metrics().stream().filter(m -> m.year() == year).findFirst().orElse(null);
    }

    static Share elearning(YearMetrics metrics) {
        if (metrics == null) {
            return Share.NONE;
        }
        return new Share(metrics.elearning().stream().mapToInt(ElearningResult::completed).sum(),
                metrics.elearning().stream().mapToInt(ElearningResult::employees).sum());
    }

    private static List<ActionState> plan(Register register, int year, LocalDate date) {
        return register.actionsOf(year).stream()
                .map(action -> ActionState.on(action, date))
                .toList();
    }

    private static List<Finding> findings(Register register, LocalDate date, boolean closed) {
        return register.findings().stream()
                .filter(f -> !f.date().isAfter(date))
                .filter(f -> (f.statusOn(date) == FindingStatus.CLOSED) == closed)
                .toList();
    }

    private static RiskState riskState(Register register, se.lishandboken.register.Risk risk, LocalDate date) {
        List<Action> actions = risk.treatment().actions().stream()
                .map(id -> register.actions().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null))
                .filter(Objects::nonNull)
                .toList();
        int done = (int) actions.stream()
                .filter(a -> a.statusOn(date).map(s -> s.status() == Status.DONE).orElse(false))
                .count();
        return new RiskState(risk, done, actions.size());
    }
}
