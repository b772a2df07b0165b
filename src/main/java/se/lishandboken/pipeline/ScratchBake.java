package se.lishandboken.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.GitHistoryReader;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.publish.StagingFolder;
import se.lishandboken.register.Register;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Visibility;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.SiteBaker;

/**
 * The site baked into a temporary folder, deleted afterwards, for work on one of its reviews:
 * {@code lis review} writes its PDF, {@code lis review --seal} its seal. Nothing reaches the output folder.
 */
final class ScratchBake {

    /**
     * What the work gets.
     *
     * @param config the site's configuration
     * @param register the whole register, management-only records included
     * @param stamp the bake's stamp
     * @param site the baked site, in the temporary folder
     * @param review the review page of the year asked for
     */
    record Baked(SiteConfig config, Register register, BuildInfo stamp, BakedSite site, Page review) {
    }

    private ScratchBake() {
    }

    /**
     * Bakes the site for {@code audience} (the intranet edition leaves management-only records out) and
     * does {@code work} on the review of {@code year}.
     *
     * @param usesSeals false to show every review as computed now, as sealing needs
     * @throws BuildFailedException if the input has errors or the year has no review
     */
    static <T> T ofReview(BuildRequest request, SiteConfig config, Visibility audience, boolean usesSeals, int year,
            Function<Baked, T> work) {
        SiteHistory history = GitHistoryReader.read(config);
        BuildInfo stamp = BuildStamp.of(request, config, history, audience);
        Register register = RegisterLoader.load(config, stamp.date()).register();
        Path scratch = temporaryFolder();
        try (StagingFolder staging = StagingFolder.beside(scratch.resolve("site"))) {
            BakedSite site = SiteBaker.bake(config, audience == Visibility.LEDNING ? register : register.forIntranet(), stamp,
                    history, staging.dir(), usesSeals);
            return work.apply(new Baked(config, register, stamp, site, reviewOf(site, year)));
        } finally {
            // Closing the staging folder deleted the bake; only the empty temporary folder is left.
            deleteEmpty(scratch);
        }
    }

    private static Page reviewOf(BakedSite site, int year) {
        return site.pages().stream()
                .filter(p -> p.review() != null && p.review().year() == year)
                .findFirst()
                .orElseThrow(() -> new BuildFailedException(List.of(ProblemText.error(null, 0, "review.year.missing", year))));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lis-review-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover empty temporary folder is harmless.
        }
    }
}
