package se.lishandboken.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Page;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.review.Review;
import se.lishandboken.seal.SealCheck;
import se.lishandboken.view.ReviewFigures;

/**
 * The review pages' seals, checked as the build checks them: an approved review needs a seal, and a
 * seal whose figures the register no longer gives is reported, for both editions. The figures are
 * computed as the build computes them ({@link ReviewFigures}), among the pages the build would render.
 */
final class ReviewLint {

    private ReviewLint() {
    }

    /** The seal problems of the review pages among {@code pages}; their headers have been checked with the pages. */
    static List<Problem> check(SiteConfig config, List<Page> pages, Register register) {
        List<Problem> problems = new ArrayList<>();
        int months = config.classification().reclassificationMonths();
        for (Page page : pages.stream().filter(p -> p.review() != null).sorted(Comparator.comparing(Page::source)).toList()) {
            try {
                var seal = ReviewFigures.readSeal(config.siteDir(), page.source());
                for (Visibility edition : Visibility.values()) {
                    Register shown = edition == Visibility.LEDNING ? register : register.forIntranet();
                    Review computed = ReviewFigures.compute(shown, page, pages, months);
                    problems.addAll(SealCheck.of(page.source(), seal, !page.review().isDraft(), ReviewFigures.edition(edition), computed)
                            .problems());
                }
            } catch (BuildFailedException failure) {
                problems.addAll(failure.problems());
            }
        }
        return problems.stream().distinct().toList();
    }
}
