package se.lishandboken.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lishandboken.register.RiskAssessment;
import se.lishandboken.register.AccessReview;
import se.lishandboken.register.Action;
import se.lishandboken.register.Decision;
import se.lishandboken.register.ActionSource;
import se.lishandboken.register.Agreement;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Classification;
import se.lishandboken.register.Cycle;
import se.lishandboken.register.CycleActivity;
import se.lishandboken.register.Evidence;
import se.lishandboken.register.Recurrence;
import se.lishandboken.register.ElearningResult;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;
import se.lishandboken.register.FindingStatusChange;
import se.lishandboken.register.IncidentMetrics;
import se.lishandboken.register.Organisation;
import se.lishandboken.register.Process;
import se.lishandboken.register.ProcessingRecord;
import se.lishandboken.register.Processor;
import se.lishandboken.register.Register;
import se.lishandboken.register.Risk;
import se.lishandboken.register.Status;
import se.lishandboken.register.StatusChange;
import se.lishandboken.register.Treatment;
import se.lishandboken.register.YearMetrics;

class ReviewsTest {
    private static final LocalDate REVIEW_DATE = LocalDate.of(2025, 2, 27);

    private static Classification classified(String date) {
        return new Classification(LocalDate.parse(date), Map.of("K", 2), "KLASSA", "isam", null);
    }

    private static Asset asset(String id, boolean personalData, List<String> records, List<Classification> classifications,
            List<AccessReview> reviews) {
        return new Asset(id, id, null, "agare", null, null, List.of(), null, null, personalData, records, classifications,
                24, reviews, List.of(), null, null);
    }

    private static Action action(String id, int year, StatusChange... history) {
        return new Action(id, id, null, year, null, "isam", new ActionSource(ActionSource.Type.MANAGEMENT_REVIEW, null),
                List.of(), List.of(), List.of(), null, false, List.of(history), null, null);
    }

    private static StatusChange status(String date, Status status) {
        return new StatusChange(LocalDate.parse(date), status, null);
    }

    private static YearMetrics year(int year, int incidents, int reported, int followed, int employees, int completed) {
        return new YearMetrics(year, new IncidentMetrics(Map.of("Nätfiske", incidents), reported, followed),
                List.of(new ElearningResult("enhet", employees, completed)), 0, null);
    }

    private static final Register REGISTER = new Register(
            Organisation.EMPTY,
            List.of(
                    asset("A", true, List.of("R"), List.of(classified("2023-01-10")), List.of(new AccessReview(LocalDate.of(2025, 1, 20), "utan-avvikelse", null))),
                    asset("B", true, List.of(), List.of(classified("2024-06-01")), List.of(new AccessReview(LocalDate.of(2024, 11, 1), "utan-avvikelse", null))),
                    asset("C", false, List.of(), List.of(), List.of())),
            List.of(new Process("P", "P", null, "agare", List.of(), List.of(classified("2025-01-05")), null, null),
                    new Process("Q", "Q", null, "agare", List.of(), List.of(), null, null)),
            List.of(new ProcessingRecord("R", "R", "syfte", "grund", List.of("x"), List.of("y"), List.of(), "Nej", "1 år", "loggning",
                    null, List.of(new Processor("Leverantör 1", new Agreement(Agreement.Status.SIGNED, LocalDate.of(2023, 5, 1))),
                            new Processor("Leverantör 2", new Agreement(Agreement.Status.SIGNED, LocalDate.of(2024, 9, 1))),
                            new Processor("Leverantör 3", new Agreement(Agreement.Status.MISSING, null))), null, null, null)),
            List.of(
                    action("A2024-1", 2024, status("2024-01-10", Status.PLANNED), status("2024-12-01", Status.DONE)),
                    action("A2024-2", 2024, status("2024-01-10", Status.PLANNED), status("2025-06-01", Status.DONE)),
                    action("A2025-1", 2025, status("2025-02-27", Status.PLANNED))),
            List.of(new Finding("F1", Finding.Source.DSO, LocalDate.of(2024, 1, 31), "Punkt 3.4", "Rutiner", "text", null,
                            List.of(new FindingStatusChange(LocalDate.of(2024, 1, 31), FindingStatus.OPEN, null),
                                    new FindingStatusChange(LocalDate.of(2024, 12, 1), FindingStatus.CLOSED, null)), null),
                    new Finding("F2", Finding.Source.AUDIT, LocalDate.of(2024, 2, 15), "Årsrapport 2023", "Klassning", "text", null,
                            List.of(new FindingStatusChange(LocalDate.of(2024, 2, 15), FindingStatus.OPEN, null)), null)),
            List.of(new Risk("RSA-1", "Risk", null, "agare", 3, 2, LocalDate.of(2024, 10, 1), null,
                            new Treatment(Treatment.Decision.REDUCE, List.of("A2024-1", "A2024-2"), null, null), null),
                    new Risk("RSA-2", "Accepterad", null, "agare", 1, 2, LocalDate.of(2024, 10, 1), null,
                            new Treatment(Treatment.Decision.ACCEPT, List.of(), "vd", "billigt"), null)),
            List.of(year(2024, 10, 8, 6, 100, 70), year(2025, 6, 6, 6, 100, 90)),
            new Cycle(2025, LocalDate.of(2025, 1, 1), List.of(
                    activity("AH-A", List.of(1), Recurrence.YEARLY, null, List.of("A2025-1"), null),
                    activity("AH-B", List.of(1), Recurrence.YEARLY, null, List.of(), Evidence.ELEARNING),
                    activity("AH-C", List.of(11), Recurrence.YEARLY, null, List.of(), Evidence.ACCESS_REVIEWS),
                    activity("AH-D", List.of(6), Recurrence.BIENNIAL, 2024, List.of(), null),
                    activity("AH-E", List.of(9), Recurrence.YEARLY, null, List.of(), Evidence.CONTINUITY_EXERCISES),
                    activity("AH-F", List.of(1), Recurrence.YEARLY, null, List.of(), null),
                    activity("AH-G", List.of(2, 3), Recurrence.YEARLY, null, List.of(), Evidence.CONTINUITY_EXERCISES))));

    private static CycleActivity activity(String id, List<Integer> months, Recurrence recurrence, Integer from, List<String> actions,
            Evidence evidence) {
        return new CycleActivity(id, id, null, months, "isam", recurrence, from, null, actions, evidence);
    }

    private static final List<HandbookPage> PAGES = List.of(
            new HandbookPage("Gammal", "a.html", LocalDate.of(2025, 1, 1)),
            new HandbookPage("Ny", "b.html", LocalDate.of(2026, 1, 1)));

    /** The first review of a site on {@code date}: its period is the year up to the date. */
    private static Review reviewOn(Register register, int year, LocalDate date) {
        return Reviews.of(register, ReviewDates.of(new ReviewDates.Stated(year, date, null), List.of()), 36, PAGES);
    }

    private final Review review = reviewOn(REGISTER, 2025, REVIEW_DATE);

    @Test
    void theDefaultPeriodIsTheYearUpToTheReviewDateAndComparesWithTheYearBefore() {
        assertThat(review.dates().period()).isEqualTo(new ReviewPeriod(LocalDate.of(2024, 2, 28), REVIEW_DATE));
        assertThat(review.dates().previous()).isEqualTo(new ReviewPeriod(LocalDate.of(2023, 2, 28), LocalDate.of(2024, 2, 27)));
        assertThat(review.metricsYear()).isEqualTo(2024);
        assertThat(review.metricsYearBefore()).isEqualTo(2023);
    }

    @Test
    void aReviewsPeriodRunsFromThePreviousReviewAndComparesWithThatReviewsPeriod() {
        List<ReviewDates.Stated> site = List.of(
                new ReviewDates.Stated(2023, LocalDate.of(2023, 11, 15), ReviewPeriod.parse("2023-01-01/2023-11-15").orElseThrow()),
                new ReviewDates.Stated(2024, LocalDate.of(2024, 11, 20), null));
        ReviewDates dates = ReviewDates.of(site.get(1), site);
        assertThat(dates.period()).isEqualTo(new ReviewPeriod(LocalDate.of(2023, 11, 16), LocalDate.of(2024, 11, 20)));
        assertThat(dates.previous()).isEqualTo(new ReviewPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 15)));
        // 2023 ended inside the period; 2024 has not ended by the review date.
        assertThat(dates.period().metricsYear(dates.date())).contains(2023);
        assertThat(dates.previous().metricsYear(dates.previous().end().plusDays(1))).isEmpty();
    }

    @Test
    void aStatedPeriodIsAYearOrTwoDates() {
        assertThat(ReviewPeriod.parse("2023")).contains(new ReviewPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(ReviewPeriod.parse("2023-03-01/2024-02-27")).contains(new ReviewPeriod(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 27)));
        assertThat(ReviewPeriod.parse("2024-02-27/2023-03-01")).isEmpty();
        assertThat(ReviewPeriod.parse("förra året")).isEmpty();
        assertThat(ReviewPeriod.parse("2023").orElseThrow()).hasToString("2023");
    }

    @Test
    void classificationCoverageIsCountedOnTheReviewDateAndAtTheEndOfThePreviousPeriod() {
        assertThat(review.assetsClassified()).isEqualTo(new Share(2, 3));
        assertThat(review.assetsClassifiedBefore()).isEqualTo(new Share(1, 3));
        assertThat(review.assetsClassified().pointsSince(review.assetsClassifiedBefore())).isEqualTo(34);
        assertThat(review.processesClassified()).isEqualTo(new Share(1, 2));
        assertThat(review.processesClassifiedBefore()).isEqualTo(new Share(0, 2));
    }

    @Test
    void reclassificationIsOverdueWhenTheIntervalHasPassed() {
        assertThat(review.overdueReclassifications()).extracting(AssetEntry::id).containsExactly("A");
    }

    @Test
    void aReclassificationAfterTheReviewDateDoesNotMakeAnEarlierReviewsAssetOnTime() {
        Asset reclassifiedLater = asset("A", true, List.of("R"), List.of(classified("2023-01-10"), classified("2025-06-01")), List.of());
        Register later = new Register(REGISTER.organisation(), List.of(reclassifiedLater), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        assertThat(reviewOn(later, 2025, REVIEW_DATE).overdueReclassifications()).extracting(AssetEntry::id).containsExactly("A");
    }

    @Test
    void registerCompletenessAndAgreementsAreCounted() {
        assertThat(review.personalDataRecorded()).isEqualTo(new Share(1, 2));
        assertThat(review.agreementsSigned()).isEqualTo(new Share(2, 3));
        assertThat(review.agreementsSignedBefore()).isEqualTo(new Share(1, 3));
    }

    @Test
    void recordsAndAssetsThatEnteredTheRegisterAfterTheReviewDateAreNotCounted() {
        Asset addedLater = new Asset("D", "D", null, "agare", null, null, List.of(), null, null, true, List.of("R2"), List.of(), null,
                List.of(), List.of(), LocalDate.of(2025, 5, 1), null);
        ProcessingRecord recordedLater = new ProcessingRecord("R2", "R2", "syfte", "grund", List.of(), List.of(), List.of(), "Nej", "1 år",
                "loggning", null, List.of(new Processor("Leverantör 4", new Agreement(Agreement.Status.SIGNED, LocalDate.of(2025, 5, 2)))),
                null, LocalDate.of(2025, 5, 1), null);
        Register later = new Register(REGISTER.organisation(), append(REGISTER.assets(), addedLater), REGISTER.processes(),
                append(REGISTER.records(), recordedLater), REGISTER.actions(), REGISTER.findings(), REGISTER.risks(), REGISTER.metrics(),
                REGISTER.cycle());
        assertThat(reviewOn(later, 2025, REVIEW_DATE)).isEqualTo(review);
    }

    @Test
    void accessReviewsAreCountedWithinThePeriodAndUnknownBeforeAnyWasRecorded() {
        assertThat(review.accessReviewed()).isEqualTo(new Share(2, 3));
        assertThat(review.accessReviewedBefore()).isNull();
        // A review on the day before the first access review knows of none.
        assertThat(reviewOn(REGISTER, 2024, LocalDate.of(2024, 10, 31)).accessReviewed()).isNull();
    }

    @Test
    void yearlyMetricsComeFromTheLastYearThatEndedInThePeriodAndAreUnknownOtherwise() {
        assertThat(review.elearning()).isEqualTo(new Share(70, 100));
        assertThat(review.incidents()).isEqualTo(new IncidentSummary(10, 8, 6));
        // 2023 has no metrics in the register: not known, never another year's figure.
        assertThat(review.elearningBefore()).isNull();
        assertThat(review.incidentsBefore()).isNull();
        // A period in which no year ended reports no yearly metrics, though 2025's are in the register.
        ReviewDates shortPeriod = ReviewDates.of(new ReviewDates.Stated(2025, REVIEW_DATE,
                ReviewPeriod.parse("2025-01-01/2025-02-27").orElseThrow()), List.of());
        Review review = Reviews.of(REGISTER, shortPeriod, 36, PAGES);
        assertThat(review.metricsYear()).isNull();
        assertThat(review.elearning()).isNull();
        assertThat(review.incidents()).isNull();
    }

    @Test
    void openActionsOfThePreviousPlanCarryOver() {
        assertThat(review.previousPlan()).extracting(s -> s.id() + "=" + s.status())
                .containsExactly("A2024-1=DONE", "A2024-2=PLANNED");
        assertThat(review.carriedOver()).extracting(ActionState::id).containsExactly("A2024-2");
        assertThat(review.plan()).extracting(PlanYear::year).containsExactly(2025, 2026, 2027);
        assertThat(review.plan().get(0).actions()).extracting(ActionState::id).containsExactly("A2025-1");
    }

    @Test
    void anActionRecordedAfterTheReviewDateIsInNeitherThePreviousPlanNorThePlan() {
        Action recordedLater = action("A2024-3", 2024, status("2025-04-01", Status.PLANNED));
        Action plannedLater = action("A2025-2", 2025, status("2025-04-01", Status.PLANNED));
        Register later = new Register(REGISTER.organisation(), REGISTER.assets(), REGISTER.processes(), REGISTER.records(),
                append(append(REGISTER.actions(), recordedLater), plannedLater), REGISTER.findings(), REGISTER.risks(),
                REGISTER.metrics(), REGISTER.cycle());
        Review withLater = reviewOn(later, 2025, REVIEW_DATE);
        assertThat(withLater.previousPlan()).extracting(ActionState::id).containsExactly("A2024-1", "A2024-2");
        assertThat(withLater.carriedOver()).hasSize(1);
        assertThat(withLater.plan().get(0).actions()).extracting(ActionState::id).containsExactly("A2025-1");
    }

    @Test
    void aRecurringActionOverSeveralYearsIsJudgedByTheRoundOfItsYear() {
        Action duty = new Action("A-DUTY", "Årlig plikt", null, 2024, 2026, "isam", null, List.of(), List.of(), List.of(), null, true,
                List.of(status("2024-01-10", Status.PLANNED), status("2024-11-30", Status.DONE), status("2025-02-01", Status.IN_PROGRESS)),
                null, null);
        Register register = new Register(REGISTER.organisation(), List.of(), List.of(), List.of(), List.of(duty), List.of(), List.of(),
                List.of(), null);
        // Reviewing 2024 in February 2025: the 2024 round was done, whatever the 2025 round's status is.
        assertThat(reviewOn(register, 2025, REVIEW_DATE).previousPlan()).extracting(s -> s.id() + "=" + s.status())
                .containsExactly("A-DUTY=DONE");
        // Reviewing 2025 in February 2026: that round was started, never done.
        assertThat(reviewOn(register, 2026, LocalDate.of(2026, 2, 20)).previousPlan()).extracting(s -> s.id() + "=" + s.status())
                .containsExactly("A-DUTY=IN_PROGRESS");
    }

    @Test
    void aReviewShowsItsOwnDecisionsAndThePreviousReviewsWithTheirActionsAsTheyStoodOnItsDate() {
        Action planned = new Action("A2025-9", "Ta fram en rutin", null, 2025, null, "isam", null, List.of(), List.of(), List.of(), null,
                false, List.of(status("2024-02-20", Status.PLANNED), status("2025-01-15", Status.DONE)), null, null);
        Decision previous = new Decision("B2024", 2024, LocalDate.of(2024, 2, 20), "Planen fastställs.", List.of("A2025-9"), "vd", null, null);
        Decision own = new Decision("B2025", 2025, REVIEW_DATE, "Planen för 2025 fastställs.", List.of(), "vd", null, null);
        Decision later = new Decision("B2025-2", 2025, REVIEW_DATE.plusDays(1), "Beslut dagen efter.", List.of(), "vd", null, null);
        Register register = new Register(REGISTER.organisation(), List.of(), List.of(), List.of(), List.of(planned), List.of(), List.of(),
                List.of(), null, List.of(previous, own, later));

        Review review = reviewOn(register, 2025, REVIEW_DATE);

        assertThat(review.decisions()).extracting(DecisionState::id).as("a decision taken after the review date is not the review's")
                .containsExactly("B2025");
        assertThat(review.previousDecisions()).singleElement().satisfies(decision -> {
            assertThat(decision.text()).isEqualTo("Planen fastställs.");
            assertThat(decision.actions()).extracting(a -> a.id() + "=" + a.status()).containsExactly("A2025-9=DONE");
        });
        assertThat(reviewOn(register, 2024, LocalDate.of(2024, 2, 20)).decisions().get(0).actions())
                .extracting(a -> a.id() + "=" + a.status()).as("as it stood on the 2024 review's date").containsExactly("A2025-9=PLANNED");
    }

    @Test
    void findingsAndRisksAreJudgedOnTheReviewDate() {
        assertThat(review.openFindings()).extracting(FindingState::id).containsExactly("F2");
        assertThat(review.closedFindings()).extracting(FindingState::id).containsExactly("F1");
        assertThat(review.risks()).extracting(r -> r.id() + " " + r.actionsDone() + "/" + r.actionsTotal() + " " + r.isTreated())
                .containsExactly("RSA-1 1/2 false", "RSA-2 0/0 true");
    }

    @Test
    void aPlannedReviewIsNotAnOpenFinding() {
        Finding announced = new Finding("F3", Finding.Source.DSO, LocalDate.of(2024, 3, 1), null, "Granskning 2025", "text",
                Finding.Kind.PLANNED_REVIEW, List.of(), null);
        Register register = new Register(REGISTER.organisation(), List.of(), List.of(), List.of(), List.of(),
                append(REGISTER.findings(), announced), List.of(), List.of(), null);
        Review withAnnounced = reviewOn(register, 2025, REVIEW_DATE);
        assertThat(withAnnounced.openFindings()).extracting(FindingState::id).containsExactly("F2");
        assertThat(withAnnounced.plannedReviews()).extracting(FindingState::id).containsExactly("F3");
    }

    @Test
    void aRiskShowsItsAssessmentAsOfTheReviewDateAndIsAbsentBeforeItsFirst() {
        Risk reassessed = new Risk("RSA-3", "Omvärderad", null, "agare", null, null, null, List.of(
                new RiskAssessment(LocalDate.of(2024, 10, 1), 3, 3, null), new RiskAssessment(LocalDate.of(2026, 10, 1), 1, 3, "sänkt")),
                new Treatment(Treatment.Decision.REDUCE, List.of(), null, null), null);
        Register register = new Register(REGISTER.organisation(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(reassessed), List.of(), null);
        assertThat(reviewOn(register, 2025, REVIEW_DATE).risks()).extracting(r -> r.likelihood() + "×" + r.consequence() + " " + r.assessed())
                .containsExactly("3×3 2024-10-01");
        assertThat(reviewOn(register, 2024, LocalDate.of(2024, 2, 27)).risks()).isEmpty();
    }

    @Test
    void handbookPagesPastTheirReviewDateAreListed() {
        assertThat(review.overduePages()).extracting(HandbookPage::title).containsExactly("Gammal");
    }

    @Test
    void aReviewOfAnEmptyRegisterHasNoFigures() {
        Review empty = reviewOn(Register.EMPTY, 2025, REVIEW_DATE);
        assertThat(empty.assetsClassified().percent()).isZero();
        assertThat(empty.incidents()).isNull();
        assertThat(empty.accessReviewed()).isNull();
        assertThat(empty.plan()).allSatisfy(year -> assertThat(year.actions()).isEmpty());
    }

    @Test
    void theReviewYearsCycleShowsWhatTheRegisterTellsOnTheReviewDate() {
        // On 27 February 2025: January is over, February–March is under way, the rest is ahead. 2025's
        // e-learning figures are a yearly total, not known until the year is over.
        assertThat(review.cycle()).extracting(state -> state.id() + " " + state.state())
                .containsExactly("AH-A NOT_DONE", "AH-B UNKNOWN", "AH-F UNKNOWN", "AH-G IN_PROGRESS", "AH-E UPCOMING", "AH-C PARTLY");
        assertThat(review.cycle().get(5).share()).isEqualTo(new Share(1, 3));
        // A cycle adopted after the review date leaves that review as it was.
        assertThat(reviewOn(REGISTER, 2024, LocalDate.of(2024, 12, 31)).cycle()).isEmpty();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new java.util.ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
