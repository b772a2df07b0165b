package se.lishandboken.review;

import java.time.LocalDate;
import se.lishandboken.register.Finding;
import se.lishandboken.register.FindingStatus;

/**
 * A finding or recommendation as a review shows it, with its status on the review date.
 *
 * @param id the finding's id
 * @param title a short title
 * @param reference e.g. "Punkt 3.4", or null
 * @param source who made it
 * @param kind a finding, a recommendation or a planned review
 * @param date when it was made
 * @param status its status on the review date
 */
public record FindingState(String id, String title, String reference, Finding.Source source, Finding.Kind kind, LocalDate date,
        FindingStatus status) {

    /** The finding with its status in the dated view. */
    static FindingState of(Finding finding) {
        return new FindingState(finding.id(), finding.title(), finding.reference(), finding.source(), finding.kind(), finding.date(),
                finding.status());
    }
}
