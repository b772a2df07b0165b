package se.lishandboken.review;

import java.util.List;

/**
 * Everything the management review (ISO/IEC 27001:2022 9.3) reports that the narrative does not, each
 * figure computed from the register as it was on the review date. The comparison figures ("before")
 * are the same measures for the previous period. A figure that cannot be known for its period is
 * null, never a number from another period.
 *
 * <p>This record is also what a sealed review keeps: every component is a plain value, so it reads
 * back from JSON unchanged.
 *
 * @param dates the review year and date, the period it reports on and the period it compares with
 * @param metricsYear the last year that ended in the period, whose yearly metrics it shows; null if none
 * @param metricsYearBefore the same for the previous period; null if none
 * @param assetsClassified objects with a classification on the review date
 * @param assetsClassifiedBefore the same at the end of the previous period
 * @param processesClassified processes with a classification on the review date
 * @param processesClassifiedBefore the same at the end of the previous period
 * @param overdueReclassifications classified assets whose reclassification date had passed on the review date
 * @param personalDataRecorded assets with personal data that name a processing activity
 * @param personalDataRecordedBefore the same at the end of the previous period
 * @param agreementsSigned processors with a signed PUB-avtal on the review date
 * @param agreementsSignedBefore the same at the end of the previous period
 * @param accessReviewed assets with an access review during the period; null if the register had none recorded by then
 * @param accessReviewedBefore the same for the previous period
 * @param elearning e-learning completion in the metrics year; null if not known
 * @param elearningBefore the same for the previous period's metrics year
 * @param incidents the metrics year's incidents; null if not known
 * @param incidentsBefore the previous period's
 * @param previousPlan the actions of the plan for the year before the review year, with their status on the date
 * @param plan the three-year plan from the review year, as it stood on the date
 * @param openFindings findings and recommendations not closed on the date
 * @param closedFindings findings and recommendations closed by the date
 * @param plannedReviews reviews announced by auditors or the DSO, not yet findings
 * @param risks every risk known on the date, with its latest assessment and the state of its treatment
 * @param overduePages handbook pages past their review date
 * @param cycle the review year's activities of the annual cycle, with what the register shows of them on the date
 * @param decisions the decisions taken at this review (by its date), with their actions
 * @param previousDecisions the decisions of the previous year's review, with their actions' status on this review's date
 * @param soa the Statement of Applicability in figures on the review date; null if the register had no controls
 *        then, or the review was sealed before the statement was data ("not recorded")
 * @param soaBefore the same at the end of the previous period; null if none
 */
public record Review(
        ReviewDates dates,
        Integer metricsYear, Integer metricsYearBefore,
        Share assetsClassified, Share assetsClassifiedBefore,
        Share processesClassified, Share processesClassifiedBefore,
        List<AssetEntry> overdueReclassifications,
        Share personalDataRecorded, Share personalDataRecordedBefore,
        Share agreementsSigned, Share agreementsSignedBefore,
        Share accessReviewed, Share accessReviewedBefore,
        Share elearning, Share elearningBefore,
        IncidentSummary incidents, IncidentSummary incidentsBefore,
        List<ActionState> previousPlan, List<PlanYear> plan,
        List<FindingState> openFindings, List<FindingState> closedFindings, List<FindingState> plannedReviews,
        List<RiskState> risks,
        List<HandbookPage> overduePages,
        List<CycleState> cycle,
        List<DecisionState> decisions, List<DecisionState> previousDecisions,
        SoaStatus soa, SoaStatus soaBefore) {

    public Review {
        overdueReclassifications = List.copyOf(overdueReclassifications);
        previousPlan = List.copyOf(previousPlan);
        plan = List.copyOf(plan);
        openFindings = List.copyOf(openFindings);
        closedFindings = List.copyOf(closedFindings);
        plannedReviews = List.copyOf(plannedReviews);
        risks = List.copyOf(risks);
        overduePages = List.copyOf(overduePages);
        cycle = List.copyOf(cycle);
        // Absent in a seal written before decisions were data.
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        previousDecisions = previousDecisions == null ? List.of() : List.copyOf(previousDecisions);
    }

    /** The review without its Statement of Applicability figures, as a seal from before they were data has it. */
    public Review withoutSoa() {
        return new Review(dates, metricsYear, metricsYearBefore, assetsClassified, assetsClassifiedBefore, processesClassified,
                processesClassifiedBefore, overdueReclassifications, personalDataRecorded, personalDataRecordedBefore, agreementsSigned,
                agreementsSignedBefore, accessReviewed, accessReviewedBefore, elearning, elearningBefore, incidents, incidentsBefore,
                previousPlan, plan, openFindings, closedFindings, plannedReviews, risks, overduePages, cycle, decisions,
                previousDecisions, null, null);
    }

    public int year() {
        return dates.year();
    }

    public java.time.LocalDate date() {
        return dates.date();
    }

    /** Whether the action {@code id} is in the review's three-year plan. */
    public boolean inPlan(String id) {
        return plan.stream().flatMap(year -> year.actions().stream()).anyMatch(action -> action.id().equals(id));
    }

    /** The actions of the previous plan still open on the review date: they carry over. */
    public List<ActionState> carriedOver() {
        return previousPlan.stream().filter(ActionState::isOpen).toList();
    }
}
