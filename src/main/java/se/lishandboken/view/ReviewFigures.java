package se.lishandboken.view;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.lishandboken.page.Page;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.review.HandbookPage;
import se.lishandboken.review.Review;
import se.lishandboken.review.ReviewDates;
import se.lishandboken.review.Reviews;
import se.lishandboken.seal.ReviewSeal;
import se.lishandboken.seal.SealFiles;

/**
 * The figures of the site's review pages: an approved review's from its seal, every other review's
 * computed from the register as of its date, within the periods the site's reviews give. The bake,
 * {@code lis check} and {@code lis review --seal} all compute them here.
 */
public final class ReviewFigures {

    private ReviewFigures() {
    }

    /** The seal of the review page {@code source} (relative to the site folder), if it has one. */
    public static Optional<ReviewSeal> readSeal(Path siteDir, Path source) {
        return SealFiles.read(siteDir.resolve(SealFiles.of(source)), SealFiles.of(source));
    }

    /** The review of {@code page} computed from {@code register}, among the site's {@code pages}. */
    public static Review compute(Register register, Page page, List<Page> pages, int defaultMonths) {
        return compute(register, page.review().stated(),
                pages.stream().filter(p -> p.review() != null).map(p -> p.review().stated()).toList(),
                pages.stream()
                        .filter(p -> p.control().nextReview() != null)
                        .map(p -> new HandbookPage(p.title(), p.uri(), p.control().nextReview()))
                        .toList(),
                defaultMonths);
    }

    /** The review stated by {@code review}, among the site's {@code reviews}, with its {@code handbook} pages. */
    public static Review compute(Register register, ReviewDates.Stated review, List<ReviewDates.Stated> reviews,
            List<HandbookPage> handbook, int defaultMonths) {
        return Reviews.of(register, ReviewDates.of(review, reviews), defaultMonths, handbook);
    }

    /** The seal's name for an edition: its audience's name in the data files. */
    public static String edition(Visibility audience) {
        return audience.dataName();
    }
}
