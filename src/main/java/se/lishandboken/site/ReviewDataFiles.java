package se.lishandboken.site;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.export.ReviewExports;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.review.Review;
import se.lishandboken.seal.SealCheck;
import se.lishandboken.view.ReviewFigures;

/**
 * Writes each review of the intranet edition as published data beside its page ({@code granskning/2024.data.json}),
 * with the figures the page shows: the seal's for an approved review. The management edition writes none.
 */
final class ReviewDataFiles {

    private ReviewDataFiles() {
    }

    static void write(SiteConfig config, Register register, BuildInfo build, List<Page> pages, boolean usesSeals, Path destination) {
        if (build.isManagementEdition()) {
            return;
        }
        Register intranet = register.forIntranet();
        for (Page page : pages) {
            if (page.review() == null) {
                continue;
            }
            SealCheck.Outcome shown = usesSeals ? ReviewFigures.shown(intranet, page, pages, config, Visibility.INTRANET)
                    : new SealCheck.Outcome(ReviewFigures.compute(intranet, page, pages, config.classification().reclassificationMonths()),
                            false, List.of());
            Review review = shown.review();
            ReviewExports.write(destination.resolve(ReviewExports.uriOf(page.uri())),
                    ReviewExports.of(config, build.version(), page.uri(), page.review().status(), review, shown.sealed()));
        }
    }
}
