package se.lishandboken.pipeline;

import java.nio.file.Path;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.pdf.PagePdfs;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.Visibility;

/**
 * Writes one management review as a PDF, in the intranet or the management edition. The site is
 * baked into a temporary folder that is deleted afterwards, so the management edition never
 * reaches the site's output folder; nor is it written there, or where a build copies files from into
 * the site, even through a link.
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
        // Where the file lands, every link followed: through outlink/x.pdf (outlink -> output) it would land in the site.
        // It is written there, so what is written is what was checked.
        Path absoluteTarget = ProjectBoundary.realPathWhenWritten(target);
        if (edition == Edition.LEDNING) {
            // Not in the site, and not where the next build would copy it from into the site.
            for (Path published : java.util.List.of(request.outputDir(), config.contentDir(), config.assetsDir())) {
                if (absoluteTarget.startsWith(ProjectBoundary.realPathWhenWritten(published))) {
                    throw new BuildFailedException(java.util.List.of(ProblemText.error(target, 0, "review.target.in-site",
                            config.relative(published.toAbsolutePath().normalize()))));
                }
            }
        }
        return ScratchBake.ofReview(request, config, edition == Edition.LEDNING ? Visibility.LEDNING : Visibility.INTRANET, true, year,
                baked -> PagePdfs.render(baked.site().outputDir(), baked.review(), absoluteTarget, config.siteTitle(), baked.stamp()));
    }
}
