package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Checks the source folders before JBake reads them. JBake copies every file in assets/ and content/
 * into the site and follows symbolic links while doing so, so a link to {@code /etc/passwd} would be
 * published; a link that leaves the project is refused. Empty pages, which JBake skips silently,
 * are refused too, and so are pages whose file name would not make a working address ({@link PageNames}),
 * and a second page with the address of another ({@code a.adoc} and {@code a.ad} are both {@code a.html}).
 */
public final class SourceCheck {
    private SourceCheck() {
    }

    public static List<Problem> check(SiteConfig config) {
        List<Problem> problems = new ArrayList<>();
        Path project = realPath(config.siteDir());
        for (Path folder : List.of(config.contentDir(), config.assetsDir(), config.templatesDir())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted().toList()) {
                    Path relative = config.relative(file);
                    if (Files.isSymbolicLink(file) && !realPath(file).startsWith(project)) {
                        problems.add(ProblemText.error(relative, 0, "source.symlink.outside", Files.readSymbolicLink(file)));
                    } else if (isEmptyPage(file)) {
                        problems.add(ProblemText.error(relative, 0, "page.empty"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        java.util.Map<String, Path> addresses = new java.util.HashMap<>();
        for (Path page : ContentFiles.of(config).pages()) {
            PageNames.check(config.contentDir(), page, config.relative(page)).ifPresent(problems::add);
            Path other = addresses.putIfAbsent(ContentFiles.uriOf(config.contentDir(), page), page);
            if (other != null) {
                problems.add(ProblemText.error(config.relative(page), 0, "page.name.same-address",
                        config.relative(other), ContentFiles.uriOf(config.contentDir(), page)));
            }
        }
        return problems;
    }

    private static boolean isEmptyPage(Path file) throws IOException {
        return ContentFiles.isPage(file) && Files.isRegularFile(file) && Files.readString(file).isBlank();
    }

    /** The real path; a dangling link counts as leaving the project. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return Path.of("/nonexistent").resolve(path.getFileName().toString());
        }
    }
}
