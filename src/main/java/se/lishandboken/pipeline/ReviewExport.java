package se.lishandboken.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.GitHistoryReader;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.pdf.ReviewPdfs;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.publish.StagingFolder;
import se.lishandboken.register.LoadedRegister;
import se.lishandboken.register.Register;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Visibility;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.SiteBaker;

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
        SiteHistory history = GitHistoryReader.read(request.siteDir(), config.timeZone());
        BuildInfo stamp = BuildStamp.of(request, config, history,
                edition == Edition.LEDNING ? Visibility.LEDNING : Visibility.INTRANET);
        LoadedRegister loaded = RegisterLoader.load(config, stamp.date());
        Register register = edition == Edition.LEDNING ? loaded.register() : loaded.register().forIntranet();
        Path scratch = scratchFolder();
        try (StagingFolder staging = StagingFolder.beside(scratch.resolve("site"))) {
            BakedSite site = SiteBaker.bake(config, register, stamp, history, staging.dir());
            Page page = reviewOf(site, year);
            return ReviewPdfs.render(staging.dir(), page, absoluteTarget, config.siteTitle(), stamp);
        } finally {
            // Closing the staging folder deleted the bake; only the empty scratch folder is left.
            deleteEmpty(scratch);
        }
    }

    /** The review page of {@code year}. */
    static Page reviewOf(BakedSite site, int year) {
        return site.pages().stream()
                .filter(p -> p.review() != null && p.review().year() == year)
                .findFirst()
                .orElseThrow(() -> new BuildFailedException(java.util.List.of(ProblemText.error(null, 0, "review.year.missing", year))));
    }

    static Path scratchFolder() {
        try {
            return Files.createTempDirectory("lis-review-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover empty temporary folder is harmless.
        }
    }
}
