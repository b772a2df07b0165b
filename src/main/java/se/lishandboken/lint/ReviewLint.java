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
        Register intranet = register.forIntranet();
        for (Page page : pages.stream().filter(p -> p.review() != null).sorted(Comparator.comparing(Page::source)).toList()) {
            try {
                problems.addAll(ReviewFigures.shown(intranet, page, pages, config, Visibility.INTRANET).problems());
                problems.addAll(ReviewFigures.shown(register, page, pages, config, Visibility.LEDNING).problems());
            } catch (BuildFailedException failure) {
                problems.addAll(failure.problems());
            }
        }
        return problems.stream().distinct().toList();
    }
}
