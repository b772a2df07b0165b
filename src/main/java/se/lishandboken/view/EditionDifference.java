package se.lishandboken.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.lishandboken.review.Review;
import se.lishandboken.review.Share;

/**
 * A headline figure of the management edition that differs from the intranet edition's, because the
 * management edition counts records that only management may see.
 *
 * @param measure the measure, as the UI bundle names it: {@code review.edition.unit.MEASURE}, e.g. {@code assets}
 * @param extra how many more records the management edition counts
 * @param shown the figure in the management edition
 * @param intranet the figure in the intranet edition
 */
public record EditionDifference(String measure, int extra, Share shown, Share intranet) {

    /**
     * The key figures (as of the review date) that differ between the management edition {@code shown}
     * and the intranet edition {@code intranet} of one review.
     *
     * @return empty if they agree, or if {@code intranet} is null
     */
    public static List<EditionDifference> between(Review shown, Review intranet) {
        List<EditionDifference> found = new ArrayList<>();
        if (intranet == null) {
            return found;
        }
        add(found, "assets", shown, intranet, Review::assetsClassified);
        add(found, "processes", shown, intranet, Review::processesClassified);
        add(found, "agreements", shown, intranet, Review::agreementsSigned);
        add(found, "records", shown, intranet, Review::personalDataRecorded);
        add(found, "access", shown, intranet, Review::accessReviewed);
        return found;
    }

    private static void add(List<EditionDifference> found, String measure, Review shown, Review intranet, Function<Review, Share> figure) {
        Share ledning = figure.apply(shown);
        Share employees = figure.apply(intranet);
        if (ledning != null && employees != null && ledning.total() > employees.total()) {
            found.add(new EditionDifference(measure, ledning.total() - employees.total(), ledning, employees));
        }
    }
}
