package se.lishandboken.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lishandboken.register.AccessReview;
import se.lishandboken.register.Action;
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
                24, reviews, List.of(), null);
    }

    private static Action action(String id, int year, StatusChange... history) {
        return new Action(id, id, null, year, null, "isam", new ActionSource(ActionSource.Type.MANAGEMENT_REVIEW, null),
                List.of(), List.of(), List.of(), null, false, List.of(history), null);
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
            List.of(new Process("P", "P", null, "agare", List.of(), List.of(classified("2025-01-05")), null),
                    new Process("Q", "Q", null, "agare", List.of(), List.of(), null)),
            List.of(new ProcessingRecord("R", "R", "syfte", "grund", List.of("x"), List.of("y"), List.of(), "Nej", "1 år", "loggning",
                    null, List.of(new Processor("Leverantör 1", new Agreement(Agreement.Status.SIGNED, LocalDate.of(2023, 5, 1))),
                            new Processor("Leverantör 2", new Agreement(Agreement.Status.SIGNED, LocalDate.of(2024, 9, 1))),
                            new Processor("Leverantör 3", new Agreement(Agreement.Status.MISSING, null))), null, null)),
            List.of(
                    action("A2024-1", 2024, status("2024-01-10", Status.PLANNED), status("2024-12-01", Status.DONE)),
                    action("A2024-2", 2024, status("2024-01-10", Status.PLANNED), status("2025-06-01", Status.DONE)),
                    action("A2025-1", 2025, status("2025-02-27", Status.PLANNED))),
            List.of(new Finding("F1", Finding.Source.DSO, LocalDate.of(2024, 1, 31), "Punkt 3.4", "Rutiner", "text", null,
                            List.of(new FindingStatusChange(LocalDate.of(2024, 1, 31), FindingStatus.OPEN, null),
                                    new FindingStatusChange(LocalDate.of(2024, 12, 1), FindingStatus.CLOSED, null)), null),
                    new Finding("F2", Finding.Source.AUDIT, LocalDate.of(2024, 2, 15), "Årsrapport 2023", "Klassning", "text", null,
                            List.of(new FindingStatusChange(LocalDate.of(2024, 2, 15), FindingStatus.OPEN, null)), null)),
            List.of(new Risk("RSA-1", "Risk", null, "agare", 3, 2, LocalDate.of(2024, 10, 1),
                            new Treatment(Treatment.Decision.REDUCE, List.of("A2024-1", "A2024-2"), null, null), null),
                    new Risk("RSA-2", "Accepterad", null, "agare", 1, 2, LocalDate.of(2024, 10, 1),
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

    private final Review review = Reviews.of(REGISTER, 2025, REVIEW_DATE, 36, List.of(
            new HandbookPage("Gammal", "a.html", LocalDate.of(2025, 1, 1)),
            new HandbookPage("Ny", "b.html", LocalDate.of(2026, 1, 1))));

    @Test
    void classificationCoverageIsCountedOnTheReviewDateAndAYearBefore() {
        assertThat(review.assetsClassified()).isEqualTo(new Share(2, 3));
        assertThat(review.assetsClassifiedBefore()).isEqualTo(new Share(1, 3));
        assertThat(review.assetsClassified().pointsSince(review.assetsClassifiedBefore())).isEqualTo(34);
        assertThat(review.processesClassified()).isEqualTo(new Share(1, 2));
        assertThat(review.processesClassifiedBefore()).isEqualTo(new Share(0, 2));
    }

    @Test
    void reclassificationIsOverdueWhenTheIntervalHasPassed() {
        assertThat(review.overdueReclassifications()).extracting(Asset::id).containsExactly("A");
    }

    @Test
    void registerCompletenessAndAgreementsAreCounted() {
        assertThat(review.personalDataRecorded()).isEqualTo(new Share(1, 2));
        assertThat(review.agreementsSigned()).isEqualTo(new Share(2, 3));
        assertThat(review.agreementsSignedBefore()).isEqualTo(new Share(1, 3));
    }

    @Test
    void accessReviewsOfTheReviewYearAreCounted() {
        assertThat(review.accessReviewed()).isEqualTo(new Share(1, 3));
    }

    @Test
    void elearningAndIncidentsCompareWithTheYearBefore() {
        assertThat(review.elearning().percent()).isEqualTo(90);
        assertThat(review.elearningBefore().percent()).isEqualTo(70);
        assertThat(review.incidents().followedUpShare().percent()).isEqualTo(100);
        assertThat(review.incidentsBefore()).isEqualTo(new IncidentSummary(10, 8, 6));
    }

    @Test
    void openActionsOfThePreviousPlanCarryOver() {
        assertThat(review.previousPlan()).extracting(s -> s.action().id() + "=" + s.status())
                .containsExactly("A2024-1=DONE", "A2024-2=PLANNED");
        assertThat(review.carriedOver()).extracting(s -> s.action().id()).containsExactly("A2024-2");
        assertThat(review.plan()).extracting(s -> s.action().id()).containsExactly("A2025-1");
    }

    @Test
    void findingsAndRisksAreJudgedOnTheReviewDate() {
        assertThat(review.openFindings()).extracting(Finding::id).containsExactly("F2");
        assertThat(review.closedFindings()).extracting(Finding::id).containsExactly("F1");
        assertThat(review.risks()).extracting(r -> r.risk().id() + " " + r.actionsDone() + "/" + r.actionsTotal() + " " + r.isTreated())
                .containsExactly("RSA-1 1/2 false", "RSA-2 0/0 true");
    }

    @Test
    void handbookPagesPastTheirReviewDateAreListed() {
        assertThat(review.overduePages()).extracting(HandbookPage::title).containsExactly("Gammal");
    }

    @Test
    void aReviewOfAnEmptyRegisterHasNoFigures() {
        Review empty = Reviews.of(Register.EMPTY, 2025, REVIEW_DATE, 36, List.of());
        assertThat(empty.assetsClassified().percent()).isZero();
        assertThat(empty.incidents()).isEqualTo(IncidentSummary.NONE);
        assertThat(empty.plan()).isEmpty();
    }

    @Test
    void theReviewYearsCycleShowsWhatTheRegisterTellsOnTheReviewDate() {
        // On 27 February 2025: January is over, February–March is under way, the rest is ahead.
        assertThat(review.cycle()).extracting(state -> state.activity().id() + " " + state.state())
                .containsExactly("AH-A NOT_DONE", "AH-B PARTLY", "AH-F UNKNOWN", "AH-G IN_PROGRESS", "AH-E UPCOMING", "AH-C PARTLY");
        assertThat(review.cycle().get(1).share()).isEqualTo(new Share(90, 100));
        assertThat(review.cycle().get(5).share()).isEqualTo(new Share(1, 3));
        // A cycle adopted after the review date leaves that review as it was.
        assertThat(Reviews.of(REGISTER, 2024, LocalDate.of(2024, 12, 31), 36, List.of()).cycle()).isEmpty();
    }
}
