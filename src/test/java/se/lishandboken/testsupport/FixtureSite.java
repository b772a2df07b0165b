package se.lishandboken.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.pipeline.SiteBuild;

/**
 * A small handbook project in a temporary folder, built with the tool's built-in theme, with whatever
 * pages a test writes.
 */
public final class FixtureSite {
    /** A fixed build time, so review dates are judged against a known "today". */
    public static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** The fixture's configuration: a test organisation, the built-in theme. */
    public static final String PROPERTIES = """
            lis.site.title=Testhandboken
            lis.organisation.name=Testbolaget AB
            lis.contact.name=Testsamordnare
            lis.contact.email=test@example.se
            lis.classification.aspects=K:Konfidentialitet,R:Riktighet,T:Tillgänglighet,S:Spårbarhet
            lis.classification.levels=1:Måttlig,2:Betydande,3:Allvarlig,4:Synnerligen allvarlig
            lis.classification.reclassification-months=36
            """;

    private final Path dir;

    private FixtureSite(Path dir) {
        this.dir = dir;
    }

    /** A site in {@code parent}/site with a start page and a search page. */
    public static FixtureSite create(Path parent) {
        Path dir = parent.resolve("site");
        FixtureSite site = new FixtureSite(dir);
        site.file("jbake.properties", PROPERTIES);
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

    /** Adds the small, valid register of src/test/resources/register/good to data/. */
    public FixtureSite withRegister() {
        copyTree(RepositoryPaths.root().resolve("src/test/resources/register/good"), dir.resolve("data"));
        return this;
    }

    /** Adds the register pages, as content stubs in content/register/. */
    public FixtureSite withRegisterPages() {
        String[][] stubs = {{"tillgangar", "assets"}, {"klassning", "coverage"}, {"registerforteckning", "processing"},
            {"atgardsplan", "actions"}, {"iakttagelser-och-risker", "findings"}, {"mina-tillgangar", "owners"}};
        for (String[] stub : stubs) {
            page("register/" + stub[0] + ".adoc", "= " + stub[0] + "\n:jbake-type: " + stub[1] + "\n\nInledning.\n");
        }
        return this;
    }

    /** Replaces the first occurrence of text in a data file, to break it in one known way; fails if the text is not there. */
    public FixtureSite replaceInData(String file, String text, String replacement) {
        try {
            Path path = dir.resolve("data").resolve(file);
            String content = Files.readString(path, StandardCharsets.UTF_8);
            if (!content.contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not in " + file);
            }
            int at = content.indexOf(text);
            Files.writeString(path, content.substring(0, at) + replacement + content.substring(at + text.length()), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Makes {@code path} (relative to the site folder) a symbolic link to {@code target}, as {@code ln -s target path}
     * would: a relative target is read from the link's folder.
     */
    public FixtureSite link(String path, String target) {
        try {
            Path link = dir.resolve(path);
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(target));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a file within the site folder (or out of it, with ../), creating the folders it needs. */
    public FixtureSite move(String from, String to) {
        try {
            Path target = dir.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(dir.resolve(from), target, StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes any file as the bytes given, e.g. a page saved as Latin-1, relative to the site folder. */
    public FixtureSite bytes(String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return SiteBuild.run(new BuildRequest(dir, output(), "1.0-test", NOW));
    }

    /** Builds with no version given, so it comes from git (or is "dev" outside git). */
    public BuildResult buildUnversioned() {
        return SiteBuild.run(new BuildRequest(dir, output(), null, NOW));
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
