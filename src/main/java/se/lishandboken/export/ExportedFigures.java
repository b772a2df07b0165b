package se.lishandboken.export;

import se.lishandboken.review.IncidentSummary;
import se.lishandboken.review.Share;

/**
 * A review's key figures, each as of the review date; a figure that was not known is null.
 *
 * @param assetsClassified information assets with a classification (coverage)
 * @param processesClassified processes with a classification
 * @param personalDataRecorded assets with personal data that name a processing activity
 * @param agreementsSigned processors with a signed PUB agreement
 * @param accessReviewed assets with an access review during the period
 * @param elearning staff who completed the security e-learning in the metrics year
 * @param incidents the metrics year's incidents
 */
public record ExportedFigures(Share assetsClassified, Share processesClassified, Share personalDataRecorded,
        Share agreementsSigned, Share accessReviewed, Share elearning, IncidentSummary incidents) {
}
