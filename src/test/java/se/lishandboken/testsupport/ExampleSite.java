package se.lishandboken.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.BuildResult;
import se.lishandboken.pipeline.SiteBuild;

/** The repository's example site, built once per test JVM into target/ and shared by the quality gates. */
public final class ExampleSite {
    private static BuildResult result;

    private ExampleSite() {
    }

    public static synchronized BuildResult build() {
        if (result == null) {
            Path output = RepositoryPaths.root().resolve("target/example-site");
            result = SiteBuild.run(new BuildRequest(RepositoryPaths.root(), output, "1.0-test", FixtureSite.NOW));
        }
        return result;
    }

    public static Path output() {
        return build().outputDir();
    }

    /** Every HTML page of the example site, relative to its output folder. */
    /** The text of one built page, e.g. {@code register/tillgangar.html}. */
    public static String read(String page) {
        try {
            return Files.readString(output().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> pages() {
        Path root = output();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
