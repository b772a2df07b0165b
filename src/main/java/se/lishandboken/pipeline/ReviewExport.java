package se.lishandboken.pipeline;

import java.nio.file.Path;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.pdf.ReviewPdfs;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.Visibility;

/**
 * Writes one management review as a PDF, in the intranet or the management edition. The site is
 * baked into a temporary folder that is deleted afterwards, so the management edition never
 * reaches the site's output folder.
 */
public final class ReviewExport {

    /** Which records a review includes. */
    public enum Edition {
        /** Everything employees may see. */
        INTRANET,
        /** Management-only records too. */
        LEDNING
    }

    private ReviewExport() {
    }

    /**
     * Writes the review of {@code year} to {@code target}.
     *
     * @throws BuildFailedException if the input has errors, the year has no review, or the target is in the site's output folder
     */
    public static Path run(BuildRequest request, int year, Edition edition, Path target) {
        SiteConfig config = ConfigLoader.load(request.siteDir());
        Path absoluteTarget = target.toAbsolutePath().normalize();
        if (edition == Edition.LEDNING && absoluteTarget.startsWith(request.outputDir().toAbsolutePath().normalize())) {
            throw new BuildFailedException(java.util.List.of(ProblemText.error(target, 0, "review.target.in-site", request.outputDir())));
        }
        return ScratchBake.ofReview(request, config, edition == Edition.LEDNING ? Visibility.LEDNING : Visibility.INTRANET, true, year,
                baked -> ReviewPdfs.render(baked.site().outputDir(), baked.review(), absoluteTarget, config.siteTitle(), baked.stamp()));
    }
}
