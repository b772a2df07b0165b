package se.lishandboken.rollup;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lishandboken.problem.Problem;
import se.lishandboken.publish.StagingFolder;

/**
 * Builds a city roll-up: reads the configuration, then each organisation in turn (its page written
 * before the next is read), then the summary page and its PDF, in a staging folder that replaces the
 * output folder only when all is written. An organisation with bad input is reported, not fatal.
 */
public final class Rollup {
    /** The summary page's PDF, from the output folder. */
    public static final String PDF = "sammanstallning.pdf";

    private Rollup() {
    }

    /**
     * Builds the roll-up configured in {@code configFile} into {@code outputDir}.
     *
     * @param now the time the roll-up is stamped with
     * @throws se.lishandboken.problem.BuildFailedException if the configuration has errors; nothing is written then
     */
    public static RollupResult run(Path configFile, Path outputDir, ZonedDateTime now) {
        RollupConfig config = RollupConfig.load(configFile);
        try (StagingFolder staging = StagingFolder.beside(outputDir)) {
            RollupPages pages = new RollupPages(staging.dir());
            List<OrgResult> organisations = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (OrgSource source : config.organisations()) {
                OrgResult result = OrgReader.read(source, outputDir.resolve("org"));
                pages.write("organisation.ftlh", model(config, now, "../", Map.of("org", result)), "org/" + source.key() + ".html");
                organisations.add(result);
                problems.addAll(result.problems());
            }
            organisations.sort(Comparator.comparing(OrgResult::label, String.CASE_INSENSITIVE_ORDER));
            List<OrgResult> failed = organisations.stream().filter(OrgResult::failed).toList();
            pages.write("summary.ftlh", model(config, now, "", Map.of("orgs", organisations, "failed", failed, "pdf", PDF,
                    "forPdf", false)), "index.html");
            pages.writeAssets();
            // The PDF holds the heat map and the failures, not every year's row: one page per 40 organisations.
            Path printed = pages.write("summary.ftlh", model(config, now, "", Map.of("orgs", organisations, "failed", failed,
                    "pdf", PDF, "forPdf", true)), ".sammanstallning-pdf.html");
            RollupPdf.write(printed, staging.dir(), staging.dir().resolve(PDF), config.title(), now);
            deleteQuietly(printed);
            staging.replace(outputDir);
            return new RollupResult(outputDir, organisations.size(), organisations.stream().mapToInt(o -> o.rows().size()).sum(),
                    organisations.stream().filter(OrgResult::failed).map(OrgResult::key).sorted().toList(), problems);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> model(RollupConfig config, ZonedDateTime now, String root, Map<String, Object> page) {
        Map<String, Object> model = new HashMap<>(page);
        model.put("title", config.title());
        model.put("root", root);
        model.put("builtAt", now.toLocalDate().toString());
        model.put("tool", se.lishandboken.export.ReviewExports.tool());
        return model;
    }
}
