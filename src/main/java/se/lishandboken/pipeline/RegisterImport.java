package se.lishandboken.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.files.AtomicWrite;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.workbook.ImportPlan;
import se.lishandboken.workbook.RegisterTrees;
import se.lishandboken.workbook.RegisterWorkbook;
import se.lishandboken.workbook.WorkbookImport;

/**
 * Reads a register workbook back into {@code data/} ({@code lis import}). The new data files go through
 * the very checks of a build (schemas and cross-references, {@link RegisterLoader}) before any is
 * written; one error anywhere and nothing is written.
 */
public final class RegisterImport {

    /**
     * What an import did, or would do.
     *
     * @param written the data files changed, relative to the site folder; empty if nothing changed
     * @param summary a line per sheet that added or changed something
     * @param warnings what the ISAM should look at, though nothing stopped the import
     */
    public record Outcome(List<Path> written, List<String> summary, List<Problem> warnings) {
    }

    private RegisterImport() {
    }

    /**
     * Imports {@code workbook} into the register of {@code request}'s site.
     *
     * @param dryRun check only: write nothing
     * @param overwriteNewer let the workbook change a data file that changed after the workbook was exported
     * @throws BuildFailedException with every problem, at its cell where it has one, if any is an error
     */
    public static Outcome run(BuildRequest request, Path workbook, boolean dryRun, boolean overwriteNewer) {
        SiteConfig config = ConfigLoader.load(request.siteDir());
        LocalDate today = request.now().atZone(config.timeZone()).toLocalDate();
        if (!Files.isRegularFile(workbook) || isEmpty(workbook)) {
            throw new BuildFailedException(List.of(ProblemText.error(workbook, 0, Files.isDirectory(workbook) ? "import.workbook.folder"
                    : Files.exists(workbook) ? "import.workbook.empty" : "import.workbook.missing", workbook)));
        }
        try {
            RegisterLoader.load(config, today);
        } catch (BuildFailedException before) {
            List<Problem> problems = new ArrayList<>(List.of(ProblemText.error(config.relative(config.dataDir()), 0,
                    "import.data.invalid")));
            problems.addAll(before.problems());
            throw new BuildFailedException(problems);
        }
        // The trees are not kept here: once merged, the plan holds the bytes, and the memory goes to the checks.
        ImportPlan plan = WorkbookImport.plan(workbook, workbook,
                RegisterTrees.read(config.dataDir(), RegisterWorkbook.fileNames(config.classification())), config.classification(),
                overwriteNewer);
        Map<String, byte[]> changed = plan.changedFiles();
        // The build's checks run even when the workbook has errors of its own, so that one round shows every error;
        // a cell that could not be read has left its field as it was.
        List<Problem> problems = new ArrayList<>(plan.problems());
        if (!changed.isEmpty()) {
            try {
                RegisterLoader.load(config, today, changed);
            } catch (BuildFailedException checks) {
                problems.addAll(plan.placed(checks.problems()));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailedException(problems);
        }
        List<Problem> warnings = plan.problems();
        if (changed.isEmpty()) {
            return new Outcome(List.of(), List.of(), warnings);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : changed.entrySet()) {
            Path target = config.dataDir().resolve(file.getKey());
            written.add(config.relative(target));
            if (!dryRun) {
                write(target, file.getValue());
            }
        }
        return new Outcome(written, plan.summary(), warnings);
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            // A data file that is a link (inside the project: the checks refused any other) stays a link; its target changes.
            AtomicWrite.write(Files.exists(target) ? target.toRealPath() : target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
