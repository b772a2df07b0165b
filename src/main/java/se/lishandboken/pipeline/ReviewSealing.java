package se.lishandboken.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.page.Page;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.Register;
import se.lishandboken.register.Visibility;
import se.lishandboken.seal.ReviewSeal;
import se.lishandboken.seal.SealFiles;
import se.lishandboken.seal.SealedEdition;
import se.lishandboken.view.ReviewFigures;

/**
 * {@code lis review 2024 --seal}: freezes the figures of an approved review, in both editions, in a
 * file beside its page. The site is baked (with the management edition, into a temporary folder that
 * is deleted) only to learn the pages the figures depend on; nothing is written to the output folder.
 */
public final class ReviewSealing {

    private ReviewSealing() {
    }

    /**
     * Seals the review of {@code year}.
     *
     * @return the seal file written
     * @throws BuildFailedException if the input has errors, the year has no review, it is not approved, or it is sealed already
     */
    public static Path run(BuildRequest request, int year) {
        SiteConfig config = ConfigLoader.load(request.siteDir());
        return ScratchBake.ofReview(request, config, Visibility.LEDNING, false, year, baked -> seal(request, baked));
    }

    private static Path seal(BuildRequest request, ScratchBake.Baked baked) {
        SiteConfig config = baked.config();
        Page page = baked.review();
        int year = page.review().year();
        if (page.review().isDraft()) {
            throw new BuildFailedException(List.of(ProblemText.error(page.source(), 0, "review.seal.draft.refused",
                    String.valueOf(year), page.review().status())));
        }
        Path file = request.siteDir().resolve(SealFiles.of(page.source()));
        if (Files.exists(file)) {
            throw new BuildFailedException(List.of(ProblemText.error(config.relative(file), 0, "review.seal.exists",
                    String.valueOf(year), config.relative(file))));
        }
        int months = config.classification().reclassificationMonths();
        Register register = baked.register();
        Register intranet = register.forIntranet();
        List<Page> pages = baked.site().pages();
        SealFiles.write(file, new ReviewSeal(SealFiles.schemaReference(config.siteDir(), file), ReviewSeal.VERSION, year,
                page.review().date(), baked.stamp().date(), baked.stamp().version(), Map.of(
                        Visibility.INTRANET.dataName(), new SealedEdition(SealFiles.checksum(intranet.asOf(page.review().date())),
                                ReviewFigures.compute(intranet, page, pages, months)),
                        Visibility.LEDNING.dataName(), new SealedEdition(SealFiles.checksum(register.asOf(page.review().date())),
                                ReviewFigures.compute(register, page, pages, months)))));
        return file;
    }
}
