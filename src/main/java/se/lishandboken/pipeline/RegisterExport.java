package se.lishandboken.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Visibility;
import se.lishandboken.workbook.RegisterTrees;
import se.lishandboken.workbook.RegisterWorkbook;

/**
 * Writes the register to one Excel workbook ({@code lis export}), in the intranet or the management
 * edition. Only to a file named .xlsx, and never into the site's output folder, where a build copies
 * files from into the site, or data/, even through a link: the management edition must never be
 * published, and a workbook must never replace a data file.
 */
public final class RegisterExport {

    private RegisterExport() {
    }

    /** Whether the file is an Office Open XML package, as POI (which reads it back) tells. */
    private static boolean isWorkbook(Path file) {
        try {
            return org.apache.poi.poifs.filesystem.FileMagic.valueOf(file.toFile()) == org.apache.poi.poifs.filesystem.FileMagic.OOXML;
        } catch (java.io.IOException | RuntimeException e) {
            // Unreadable or empty (POI throws EmptyFileException): not a workbook to replace.
            return false;
        }
    }

    /**
     * Writes the register of {@code request}'s site to {@code target}.
     *
     * @return the file written
     * @throws BuildFailedException if the register has errors or the target is in the site's output folder
     */
    public static Path run(BuildRequest request, Visibility edition, Path target) {
        SiteConfig config = ConfigLoader.load(request.siteDir());
        Path absoluteTarget = ProjectBoundary.realPathWhenWritten(target);
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") || Files.isDirectory(target)
                || Files.exists(target) && !isWorkbook(target)) {
            // Never over a data file, a page or a setting given by mistake: the name says it is a workbook.
            throw new BuildFailedException(List.of(ProblemText.error(target, 0, "export.target.not-xlsx")));
        }
        for (Path published : List.of(request.outputDir(), config.contentDir(), config.assetsDir(), config.dataDir())) {
            if (absoluteTarget.startsWith(ProjectBoundary.realPathWhenWritten(published))) {
                throw new BuildFailedException(List.of(ProblemText.error(target, 0, "export.target.in-site",
                        config.relative(published.toAbsolutePath().normalize()))));
            }
        }
        // The register is checked first: a workbook is only ever made from data a build would accept.
        RegisterLoader.load(config, request.now().atZone(config.timeZone()).toLocalDate());
        RegisterTrees trees = RegisterTrees.read(config.dataDir(), RegisterWorkbook.fileNames(config.classification()));
        return RegisterWorkbook.write(trees, config.classification(), edition, absoluteTarget);
    }
}
