package se.lishandboken.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;
import se.lishandboken.register.Visibility;
import se.lishandboken.workbook.RegisterTrees;
import se.lishandboken.workbook.RegisterWorkbook;

/**
 * Writes a new handbook: every file {@code lis/init/files.txt} lists, filled in for the organisation.
 * It writes only into a folder that does not exist or is empty, and creates each file new, so nothing
 * that is there is ever replaced.
 */
public final class HandbookScaffold {
    private static final String ROOT = "lis/init/";
    private static final String MANIFEST = ROOT + "files.txt";

    private HandbookScaffold() {
    }

    /**
     * Writes a new handbook for {@code handbook} into {@code folder}.
     *
     * @return the files written, relative to {@code folder}, in the order written
     * @throws BuildFailedException if {@code folder} is a file or a folder with anything in it, and nothing is written;
     *     or if a file cannot be written (a full disk, a folder without write access), and what was written stays
     */
    /** The register workbook a new handbook starts with. */
    static final String REGISTER_WORKBOOK = "register.xlsx";

    public static List<Path> write(Path folder, NewHandbook handbook) {
        refuseIfTaken(folder);
        Placeholders placeholders = new Placeholders(handbook.placeholders());
        List<Path> written = new ArrayList<>();
        for (String[] entry : manifest()) {
            Path target = Path.of(placeholders.fill(entry[1], UnaryOperator.identity()));
            byte[] content = entry[0].startsWith("/")
                    ? resource(entry[0].substring(1))
                    : placeholders.fill(text(ROOT + entry[0]), escaping(target)).getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(target);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new BuildFailedException(List.of(ProblemText.error(null, 0, "init.write.failed", file, String.valueOf(e))));
            }
            written.add(target);
        }
        written.add(registerWorkbook(folder));
        return written;
    }

    /** The register as a workbook to fill in and read back with {@code lis import}: the way in for whoever lives in Excel. */
    private static Path registerWorkbook(Path folder) {
        SiteConfig config = ConfigLoader.load(folder);
        RegisterTrees trees = RegisterTrees.read(config.dataDir(), RegisterWorkbook.fileNames(config.classification()));
        RegisterWorkbook.write(trees, config.classification(), Visibility.INTRANET, folder.resolve(REGISTER_WORKBOOK));
        return Path.of(REGISTER_WORKBOOK);
    }

    private static void refuseIfTaken(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BuildFailedException(List.of(ProblemText.error(null, 0, "init.folder.file", folder)));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new BuildFailedException(List.of(ProblemText.error(null, 0, "init.folder.not-empty", folder)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A value in a properties file keeps its backslashes only if they are doubled; elsewhere values are written as given. */
    private static UnaryOperator<String> escaping(Path target) {
        return target.getFileName().toString().endsWith(".properties") ? value -> value.replace("\\", "\\\\") : UnaryOperator.identity();
    }

    /** The manifest's entries as {resource, target}, without comments and blank lines. */
    private static List<String[]> manifest() {
        return text(MANIFEST).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+", 2))
                .toList();
    }

    private static String text(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String resource) {
        try (InputStream in = HandbookScaffold.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing scaffold resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
