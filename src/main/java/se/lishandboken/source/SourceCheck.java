package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.files.TextEncoding;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * Checks the source folders before JBake reads them. JBake copies every file in assets/ and content/
 * into the site and follows symbolic links while doing so, so a link to {@code /etc/passwd} would be
 * published; a link that leaves the project is refused ({@link ProjectBoundary}, the rule the
 * configuration and the register are read by too). Empty pages, which JBake skips silently,
 * are refused too, and so are pages, and files they include, that are not UTF-8 text ({@link TextEncoding}),
 * pages whose file name would not make a working address ({@link PageNames}),
 * and a second page with the address of another ({@code a.adoc} and {@code a.ad} are both {@code a.html}), or
 * one that differs only in case ({@code A.adoc}), which is the same file on Windows and macOS.
 */
public final class SourceCheck {
    private SourceCheck() {
    }

    public static List<Problem> check(SiteConfig config) {
        List<Problem> problems = new ArrayList<>();
        ProjectBoundary project = ProjectBoundary.of(config.siteDir());
        for (Path folder : List.of(config.contentDir(), config.assetsDir(), config.templatesDir())) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                walk(folder, config, project, problems);
            }
        }
        java.util.Map<String, Path> addresses = new java.util.HashMap<>();
        for (Path page : ContentFiles.of(config).pages()) {
            PageNames.check(config.contentDir(), page, config.relative(page)).ifPresent(problems::add);
            Optional<Problem> encoding = TextEncoding.problem(page, config.relative(page));
            encoding.ifPresent(problems::add);
            if (encoding.isEmpty()) {
                IncludeDirectives.unreadable(config.siteDir(), page, config::relative).stream()
                        .filter(problem -> !problems.contains(problem)).forEach(problems::add);
            }
            String address = ContentFiles.uriOf(config.contentDir(), page);
            Path other = addresses.putIfAbsent(address.toLowerCase(java.util.Locale.ROOT), page);
            if (other != null) {
                boolean same = ContentFiles.uriOf(config.contentDir(), other).equals(address);
                problems.add(ProblemText.error(config.relative(page), 0, same ? "page.name.same-address" : "page.name.same-address.case",
                        config.relative(other), address));
            }
        }
        return problems;
    }

    /**
     * Checks every file JBake will read in {@code folder}, following links as JBake does, so that a link
     * inside the project to a folder that holds a link out is caught too. A link out is reported once,
     * and what lies behind it is not looked at.
     */
    private static void walk(Path folder, SiteConfig config, ProjectBoundary project, List<Problem> problems) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    Optional<Problem> outside = project.check(dir, config.relative(dir));
                    outside.ifPresent(problems::add);
                    return outside.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Optional<Problem> outside = project.check(file, config.relative(file));
                    if (outside.isPresent()) {
                        problems.add(outside.get());
                    } else if (isEmptyPage(file)) {
                        problems.add(ProblemText.error(config.relative(file), 0, "page.empty"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE; // a link to a folder above it: everything in it is visited once
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyPage(Path file) throws IOException {
        // Read as Latin-1, which decodes any bytes: a page that is not UTF-8 is reported by TextEncoding.
        return ContentFiles.isPage(file) && Files.isRegularFile(file)
                && Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank();
    }
}
