package se.lishandboken.rollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.lishandboken.export.ExportReader;
import se.lishandboken.export.ExportedReview;
import se.lishandboken.export.ReviewExports;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Reads one organisation's published reviews: every {@code YEAR.data.json} in its folder (for a site
 * folder or git work tree, in its built {@code output}). A file with errors is reported and skipped;
 * the others are read. Two files of the same year: the later review date wins.
 */
final class OrgReader {
    /** How deep below the folder data files are looked for: {@code output/granskning/2024.data.json}. */
    private static final int DEPTH = 3;

    private OrgReader() {
    }

    /**
     * Reads {@code source}; links to the reviews are made relative to {@code pageDir}, where the
     * organisation's page will be, unless the data names its site's URL.
     */
    static OrgResult read(OrgSource source, Path pageDir) {
        Path folder = folderOf(source.path());
        if (!Files.isDirectory(folder)) {
            return failed(source, ProblemText.error(Path.of(source.shown()), 0, "rollup.source.missing", source.shown()));
        }
        List<Path> files;
        try (Stream<Path> found = Files.find(folder, DEPTH, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().endsWith(ReviewExports.SUFFIX))) {
            files = found.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return failed(source, ProblemText.error(Path.of(source.shown()), 0, "rollup.data.unreadable", e.getMessage()));
        }
        if (files.isEmpty()) {
            return failed(source, ProblemText.error(Path.of(source.shown()), 0, "rollup.source.empty", source.shown()));
        }
        TreeMap<Integer, RollupRow> byYear = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        String name = null;
        String label = null;
        for (Path file : files) {
            ExportReader.Result result = ExportReader.read(file, Path.of(source.shown()).resolve(folder.relativize(file)));
            problems.addAll(result.problems());
            if (result.isRead()) {
                ExportedReview review = result.review();
                name = review.organisation().name();
                label = review.organisation().label();
                RollupRow row = RollupRow.of(source.key(), review, link(review, folder, pageDir));
                byYear.merge(row.year(), row, (a, b) -> b.date().isAfter(a.date()) ? b : a);
            }
        }
        return new OrgResult(source, name == null ? source.key() : name, label == null ? source.key() : label,
                List.copyOf(byYear.values()), problems);
    }

    /** A site folder (it has {@code jbake.properties}) is read in its built output. */
    private static Path folderOf(Path path) {
        Path output = path.resolve("output");
        return Files.isRegularFile(path.resolve("jbake.properties")) && Files.isDirectory(output) ? output : path;
    }

    private static String link(ExportedReview review, Path folder, Path pageDir) {
        if (review.page() == null) {
            return null;
        }
        if (review.siteUrl() != null && !review.siteUrl().isBlank()) {
            String base = review.siteUrl().endsWith("/") ? review.siteUrl() : review.siteUrl() + "/";
            return base + review.page();
        }
        Path page = folder.toAbsolutePath().resolve(review.page()).normalize();
        if (!Files.isRegularFile(page)) {
            return null;
        }
        return pageDir.toAbsolutePath().normalize().relativize(page).toString().replace('\\', '/');
    }

    private static OrgResult failed(OrgSource source, Problem problem) {
        return new OrgResult(source, source.key(), source.key(), List.of(), List.of(problem));
    }
}
