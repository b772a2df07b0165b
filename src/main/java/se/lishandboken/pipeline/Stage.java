package se.lishandboken.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.lishandboken.page.Page;
import se.lishandboken.pdf.PagePdfs;
import se.lishandboken.postprocess.PageRefresh;
import se.lishandboken.postprocess.PostProcessor;
import se.lishandboken.problem.Problem;
import se.lishandboken.site.PageRefresher;

/**
 * The stages after the bake, in the one order every command runs them: {@code lis build} over the whole
 * site in its staging folder, {@code lis serve} over the pages it re-rendered after an edit, in the live
 * site. A stage that finds an error stops the ones after it. Adding a stage means adding it here.
 */
public enum Stage {
    /**
     * Each management review and the Statement of Applicability as a PDF beside its page (for re-rendered
     * pages, each such page among them).
     */
    PDF {
        @Override
        List<Problem> run(StageScope scope) {
            if (scope.isWhole()) {
                scope.pages().stream().filter(Page::hasPdf).parallel().forEach(page -> PagePdfs.render(
                        scope.outputDir(), page, scope.target(page.pdfUri()), scope.config().siteTitle(), scope.build()));
                return List.of();
            }
            for (PageRefresher.Refreshed refreshed : scope.refreshed()) {
                Page page = refreshed.page();
                if (page.hasPdf() && refreshed.problems().stream().noneMatch(Problem::isError)) {
                    renderBeside(scope, page, refreshed.html());
                }
            }
            return List.of();
        }
    },
    /** {@code version.json}: the version, the sources' checksums and the reviews. */
    VERSION {
        @Override
        List<Problem> run(StageScope scope) {
            VersionFile.write(scope.target(VersionFile.NAME), scope.config(), scope.build(), scope.pages(), scope.history());
            return List.of();
        }
    },
    /**
     * Links, anchors and external resources checked, and the search index written. For re-rendered
     * pages, each page without an error is written into the live site and its search entries replaced.
     */
    POSTPROCESS {
        @Override
        List<Problem> run(StageScope scope) {
            if (scope.isWhole()) {
                return PostProcessor.run(scope.site());
            }
            List<Problem> problems = new ArrayList<>();
            for (PageRefresher.Refreshed page : scope.refreshed()) {
                problems.addAll(page.problems());
                if (page.problems().stream().noneMatch(Problem::isError)) {
                    problems.addAll(PageRefresh.write(scope.outputDir(), scope.config().siteDir(), page.page(), page.html()));
                }
            }
            return problems;
        }
    },
    /** For re-rendered pages, the files the stages made take their places in the live site. A build swaps its staging folder instead. */
    PUBLISH {
        @Override
        List<Problem> run(StageScope scope) {
            if (!scope.isWhole()) {
                scope.pending().commit();
            }
            return List.of();
        }
    };

    abstract List<Problem> run(StageScope scope);

    /** The stage's name in {@code lis build --timings}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Runs every stage over {@code scope}, in order, stopping after a stage that found an error; then
     * nothing of what the stages made for a live site is left behind.
     *
     * @return every problem found
     */
    public static List<Problem> runAll(StageScope scope, StageTimes times) {
        List<Problem> problems = new ArrayList<>();
        try {
            for (Stage stage : values()) {
                problems.addAll(times.time(stage.label(), () -> stage.run(scope)));
                if (problems.stream().anyMatch(Problem::isError)) {
                    break;
                }
            }
        } finally {
            if (!scope.isWhole()) {
                scope.pending().discard();
            }
        }
        return problems;
    }

    /** A re-rendered page's PDF, made from its new HTML in a hidden file beside the live page (so its links resolve the same). */
    private static void renderBeside(StageScope scope, Page page, String html) {
        Path live = scope.outputDir().resolve(page.uri());
        try {
            Path source = Files.createTempFile(live.getParent(), "." + live.getFileName(), ".html");
            try {
                Files.writeString(source, html, StandardCharsets.UTF_8);
                PagePdfs.render(source, page, scope.outputDir(), scope.target(page.pdfUri()), scope.config().siteTitle(), scope.build());
            } finally {
                Files.deleteIfExists(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
