package se.lishandboken.review;

import java.time.LocalDate;
import java.util.List;
import se.lishandboken.register.Asset;
import se.lishandboken.register.Finding;

/**
 * Everything the management review (ISO/IEC 27001:2022 9.3) reports that the narrative does not:
 * each figure as of the review date, and the same figure a year earlier for the trend.
 *
 * @param year the review year
 * @param date the review date
 * @param assetsClassified objects with a classification on the date
 * @param assetsClassifiedBefore the same a year earlier
 * @param processesClassified processes with a classification on the date
 * @param processesClassifiedBefore the same a year earlier
 * @param overdueReclassifications classified assets whose reclassification date had passed
 * @param personalDataRecorded assets with personal data that name a processing activity
 * @param agreementsSigned processors with a signed PUB-avtal by the date
 * @param agreementsSignedBefore the same a year earlier
 * @param accessReviewed assets with an access review during the review year
 * @param elearning e-learning completion in the review year
 * @param elearningBefore the same the year before
 * @param incidents the review year's incidents
 * @param incidentsBefore the year before's
 * @param previousPlan the actions planned for the year before, with their status on the date
 * @param plan the actions planned for the review year
 * @param openFindings findings still open on the date
 * @param closedFindings findings closed by the date
 * @param risks every risk with the state of its treatment
 * @param overduePages handbook pages past their review date
 * @param cycle the review year's activities of the annual cycle, with what the register shows of them on the date
 */
public record Review(
        int year, LocalDate date,
        Share assetsClassified, Share assetsClassifiedBefore,
        Share processesClassified, Share processesClassifiedBefore,
        List<Asset> overdueReclassifications,
        Share personalDataRecorded,
        Share agreementsSigned, Share agreementsSignedBefore,
        Share accessReviewed,
        Share elearning, Share elearningBefore,
        IncidentSummary incidents, IncidentSummary incidentsBefore,
        List<ActionState> previousPlan, List<ActionState> plan,
        List<Finding> openFindings, List<Finding> closedFindings,
        List<RiskState> risks,
        List<HandbookPage> overduePages,
        List<CycleState> cycle) {

    /** The actions of the previous plan still open on the review date: they carry over. */
    public List<ActionState> carriedOver() {
        return previousPlan.stream().filter(ActionState::isOpen).toList();
    }
}
