package se.lishandboken.seal;

import java.nio.file.Path;
import java.util.Optional;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.review.Review;

/**
 * The rule that a management review records its decisions (ISO/IEC 27001:2022 9.3.3), shared by the
 * build and {@code lis check}: an approved review without a decision in {@code data/decisions.json}
 * (or in its seal) is an error, since the review's results would be missing from the record; a draft
 * without one is a warning, as its decisions are usually entered once it has been held.
 */
public final class ReviewDecisions {

    private ReviewDecisions() {
    }

    /**
     * The problem with the review {@code shown} on {@code page}, if it has no decision.
     *
     * @param page the review page, as messages name it
     * @param line the line of its {@code :review-status:}; 0 if not known
     * @param approved whether the page says {@code :review-status: fastställd}
     * @param shown what the review shows: its seal's figures, or those computed now
     * @return an error if it is approved, a warning if not; empty if it has a decision
     */
    public static Optional<Problem> problem(Path page, int line, boolean approved, Review shown) {
        if (!shown.decisions().isEmpty()) {
            return Optional.empty();
        }
        String year = String.valueOf(shown.year());
        return Optional.of(approved
                ? ProblemText.error(page, line, "review.decisions.missing", year)
                : ProblemText.warning(page, line, "review.decisions.none", year));
    }
}
