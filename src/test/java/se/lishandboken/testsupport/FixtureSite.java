package se.lishandboken.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;
import se.lishandboken.build.BuildRequest;
import se.lishandboken.build.BuildResult;
import se.lishandboken.build.SiteBuild;

/**
 * A small handbook project in a temporary folder, with the repository's real templates and assets
 * and whatever pages a test writes.
 */
public final class FixtureSite {
    /** A fixed build time, so review dates are judged against a known "today". */
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final Path dir;

    private FixtureSite(Path dir) {
        this.dir = dir;
    }

    /** A site in {@code parent}/site with the repository's templates and assets and a start page. */
    public static FixtureSite create(Path parent) {
        Path dir = parent.resolve("site");
        FixtureSite site = new FixtureSite(dir);
        copyTree(RepositoryPaths.root().resolve("templates"), dir.resolve("templates"));
        copyTree(RepositoryPaths.root().resolve("assets"), dir.resolve("assets"));
        site.file("jbake.properties", """
                lis.site.title=Testhandboken
                lis.organisation.name=Testbolaget AB
                lis.contact.name=Testsamordnare
                lis.contact.email=test@example.se
                template.page.file=page.ftlh
                template.search.file=search.ftlh
                """);
        site.page("index.adoc", """
                = Startsida
                :nav-order: 0

                Välkommen.
                """);
        site.page("sok.adoc", """
                = Sök
                :jbake-type: search
                :nav-exclude:
                """);
        return site;
    }

    public Path dir() {
        return dir;
    }

    public Path output() {
        return dir.resolve("output");
    }

    /** Writes a content page, relative to content/. */
    public FixtureSite page(String path, String asciidoc) {
        return file("content/" + path, asciidoc);
    }

    /** Writes any file, relative to the site folder. */
    public FixtureSite file(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return SiteBuild.run(new BuildRequest(dir, output(), "1.0-test", NOW));
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
