package se.lishandboken.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Page;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.SourceLine;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.review.HandbookPage;
import se.lishandboken.review.Review;
import se.lishandboken.review.ReviewDates;
import se.lishandboken.review.Reviews;
import se.lishandboken.seal.ReviewDecisions;
import se.lishandboken.seal.SealCheck;
import se.lishandboken.seal.SealFiles;

/**
 * The figures of the site's review pages: an approved review's from its seal, every other review's
 * computed from the register as of its date, within the periods the site's reviews give. The bake,
 * {@code lis check} and {@code lis review --seal} all compute them here.
 */
public final class ReviewFigures {

    private ReviewFigures() {
    }

    /** The review of {@code page} computed from {@code register}, among the site's {@code pages}. */
    public static Review compute(Register register, Page page, List<Page> pages, int defaultMonths) {
        List<ReviewDates.Stated> reviews = pages.stream().filter(p -> p.review() != null).map(p -> p.review().stated()).toList();
        List<HandbookPage> handbook = pages.stream()
                .filter(p -> p.control().nextReview() != null)
                .map(p -> new HandbookPage(p.title(), p.uri(), p.control().nextReview()))
                .toList();
        return Reviews.of(register, ReviewDates.of(page.review().stated(), reviews), defaultMonths, handbook);
    }

    /**
     * What the review {@code page} shows in the edition for {@code audience}, with what is wrong with its
     * seal (the rules of {@link SealCheck}).
     *
     * @param register the register of that edition
     * @throws se.lishandboken.problem.BuildFailedException if the page's seal cannot be read
     */
    public static SealCheck.Outcome shown(Register register, Page page, List<Page> pages, SiteConfig config, Visibility audience) {
        Review computed = compute(register, page, pages, config.classification().reclassificationMonths());
        Path seal = SealFiles.of(page.source());
        SealCheck.Outcome outcome = SealCheck.of(page.source(), SealFiles.read(config.siteDir().resolve(seal), seal),
                !page.review().isDraft(), audience.dataName(), computed);
        Optional<Problem> undecided = ReviewDecisions.problem(page.source(), statusLine(config, page), !page.review().isDraft(),
                outcome.review());
        if (undecided.isEmpty()) {
            return outcome;
        }
        List<Problem> problems = new ArrayList<>(outcome.problems());
        problems.add(undecided.get());
        return new SealCheck.Outcome(outcome.review(), outcome.sealed(), problems);
    }

    /** The line of the page's {@code :review-status:}, where a problem with the review as a whole is reported; 0 if none. */
    private static int statusLine(SiteConfig config, Page page) {
        try {
            List<String> lines = Files.readAllLines(config.siteDir().resolve(page.source()), StandardCharsets.UTF_8);
            return SourceLine.first(lines, line -> line.startsWith(":review-status:"));
        } catch (IOException e) {
            return 0;
        }
    }
}
