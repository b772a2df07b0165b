package se.lishandboken.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.pipeline.SiteBuild;
import se.lishandboken.pipeline.Stage;
import se.lishandboken.pipeline.StageScope;
import se.lishandboken.pipeline.StageTimes;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.LoadedRegister;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.site.PageRefresher;

/**
 * One {@code lis serve}: the first build, the server, then a rebuild in the same JVM after every
 * change. A failed build leaves the last good site in the output folder, so it keeps being served.
 */
public final class PreviewSession implements AutoCloseable {
    private final Path siteDir;
    private final Path outputDir;
    private final PrintWriter console;
    private final ResourceBundle messages;
    private final LiveEvents events = new LiveEvents();
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final SiteConfig config;
    private final Supplier<Instant> clock;
    /** The last full build whose output is live; null after a failed one, so the next change builds everything. */
    private BuildResult lastGood;

    private PreviewSession(Path siteDir, Path outputDir, int port, PrintWriter console, Supplier<Instant> clock) throws IOException {
        this.clock = clock;
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.console = console;
        this.messages = ResourceBundle.getBundle("lis.cli");
        SiteConfig config = ConfigLoader.load(this.siteDir);
        this.config = config;
        // Watch before the first build, so a save during it is not missed.
        this.watcher = new SourceWatcher(this.siteDir, List.of(config.contentDir(), config.dataDir(), config.templatesDir(),
                config.assetsDir()));
        rebuild(List.of());
        this.server = new PreviewServer(port, this.outputDir, events, config.locale().getLanguage());
    }

    /**
     * Builds the site and starts serving it on 127.0.0.1:{@code port} (0 picks a free port).
     *
     * @param clock the time of each build, for its stamp and for judging dates
     */
    public static PreviewSession start(Path siteDir, Path outputDir, int port, PrintWriter console, Supplier<Instant> clock)
            throws IOException {
        return new PreviewSession(siteDir, outputDir, port, console, clock);
    }

    public int port() {
        return server.port();
    }

    /** Rebuilds after each burst of changes until interrupted. */
    public void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<Path> changed = watcher.next().stream().filter(this::matters).toList();
                if (!changed.isEmpty()) {
                    rebuild(changed);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether a change matters: editors and tools like {@code sed -i} save through a temporary file
     * that is gone by the time we look; a page or data file that is gone still matters.
     */
    private boolean matters(Path relative) {
        String name = relative.getFileName().toString();
        return Files.exists(siteDir.resolve(relative)) || name.endsWith(".adoc") || name.endsWith(".json")
                || name.endsWith(".properties") || name.endsWith(".ftlh");
    }

    /**
     * Builds once after {@code changed} (paths relative to the site folder) and tells the open tabs:
     * reload, or the build's messages. The watcher calls it after each burst of saves.
     */
    void rebuild(List<Path> changed) {
        long start = System.nanoTime();
        try {
            if (refreshPages(changed) || refreshData(changed)) {
                console.println(format("serve.refreshed", names(changed), (System.nanoTime() - start) / 1e9));
                events.built();
                console.flush();
                return;
            }
            lastGood = null;
            BuildResult result = SiteBuild.run(new BuildRequest(siteDir, outputDir, null, clock.get()));
            lastGood = result;
            double seconds = (System.nanoTime() - start) / 1e9;
            console.println(format("serve.built", changed.isEmpty() ? "–" : names(changed), result.pages(), seconds));
            events.built();
        } catch (BuildFailedException failure) {
            fail(failure.problems());
        } catch (RuntimeException unexpected) {
            String text = format("serve.failed.title") + "\n" + unexpected;
            console.println(text);
            events.failed(text);
        }
        console.flush();
    }

    /**
     * The fast path: every changed file is a page whose header other pages show is unchanged, so
     * only those pages are re-rendered, into the live output. False if a full build is needed.
     *
     * @throws BuildFailedException if a page has an error; the live page is left as it was
     */
    private boolean refreshPages(List<Path> changed) {
        if (lastGood == null || changed.isEmpty()) {
            return false;
        }
        List<PageRefresher.Refreshed> pages = new ArrayList<>();
        for (Path relative : changed) {
            Path file = siteDir.resolve(relative);
            if (!file.startsWith(config.contentDir()) || !relative.toString().endsWith(".adoc") || !Files.isRegularFile(file)) {
                return false;
            }
            Optional<PageRefresher.Refreshed> refreshed = lastGood.refresher().refresh(file);
            if (refreshed.isEmpty()) {
                return false;
            }
            pages.add(refreshed.get());
        }
        runStages(pages);
        return true;
    }

    /**
     * The data fast path: every changed file is a data file and no asset was added or removed, so
     * only the pages that show the register are re-rendered, with their PDFs. False if a full build is needed.
     *
     * @throws BuildFailedException if the data or a page has an error; the live site is left as it was
     */
    private boolean refreshData(List<Path> changed) {
        if (lastGood == null || changed.isEmpty()) {
            return false;
        }
        for (Path relative : changed) {
            Path file = siteDir.resolve(relative);
            if (!config.dataDir().equals(file.getParent()) || !relative.toString().endsWith(".json")) {
                return false;
            }
        }
        LoadedRegister loaded = RegisterLoader.load(config, lastGood.stamp().date());
        Optional<List<PageRefresher.Refreshed>> pages = lastGood.refresher().refreshData(loaded.register().forIntranet(), outputDir);
        if (pages.isEmpty()) {
            return false;
        }
        runStages(pages.get());
        return true;
    }

    /**
     * Runs the stages after the bake, the same ones a build runs, over the re-rendered pages: nothing of a
     * page with an error is written.
     */
    private void runStages(List<PageRefresher.Refreshed> pages) {
        List<Problem> problems = Stage.runAll(StageScope.refreshed(outputDir, config, lastGood, lastGood.refresher().pages(), pages),
                new StageTimes());
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException(problems);
        }
    }

    private void fail(List<Problem> problems) {
        String text = format("serve.failed.title") + "\n" + problems.stream()
                .map(PreviewSession::describe).collect(Collectors.joining("\n"));
        console.println(text);
        events.failed(text);
    }

    private static String describe(Problem problem) {
        String where = problem.location();
        return (where.isEmpty() ? "" : where + ": ") + problem.message() + (problem.hint() == null ? "" : "\n    " + problem.hint());
    }

    private static String names(List<Path> changed) {
        return changed.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private String format(String key, Object... arguments) {
        return java.text.MessageFormat.format(messages.getString(key), arguments);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
