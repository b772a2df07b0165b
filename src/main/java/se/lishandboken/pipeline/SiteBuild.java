package se.lishandboken.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.GitHistoryReader;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.publish.StagingFolder;
import se.lishandboken.register.LoadedRegister;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Visibility;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.SiteBaker;

/** Builds the handbook: configuration, register and history, the bake, the {@link Stage}s after it, then the swap into the output folder. */
public final class SiteBuild {

    private SiteBuild() {
    }

    /**
     * Runs the whole pipeline. The output folder changes only if every stage succeeded.
     *
     * @throws BuildFailedException with every problem found, if any is an error
     */
    public static BuildResult run(BuildRequest request) {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        SiteConfig config = times.time("config", () -> ConfigLoader.load(request.siteDir()));
        java.time.LocalDate today = request.now().atZone(config.timeZone()).toLocalDate();
        times.time("warmup", () -> SiteBaker.warmUp(config, today));
        // Git is read on another core while the register loads; neither needs the other.
        CompletableFuture<SiteHistory> reading = CompletableFuture.supplyAsync(() -> GitHistoryReader.read(config));
        LoadedRegister register = times.time("register", () -> RegisterLoader.load(config, today));
        SiteHistory history = times.time("history", () -> join(reading));
        BuildInfo stamp = BuildStamp.of(request, config, history, Visibility.INTRANET);
        try (StagingFolder staging = StagingFolder.beside(request.outputDir())) {
            BakedSite site = times.time("bake", () -> SiteBaker.bake(config, register.register().forIntranet(), stamp, history, staging.dir()));
            List<Problem> problems = Stage.runAll(StageScope.whole(site, history), times);
            failOnErrors(site.warnings(), problems);
            times.time("swap", () -> staging.replace(request.outputDir()));
            List<Problem> warnings = new ArrayList<>(register.warnings());
            warnings.addAll(site.warnings());
            warnings.addAll(problems);
            return new BuildResult(site.pages().size(), warnings, request.outputDir(), Duration.ofNanos(System.nanoTime() - start), times,
                    stamp, history, site.conversions(), site.refresher());
        }
    }

    private static SiteHistory join(CompletableFuture<SiteHistory> reading) {
        try {
            return reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void failOnErrors(List<Problem> warnings, List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isError)) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(warnings);
            throw new BuildFailedException(all);
        }
    }
}
