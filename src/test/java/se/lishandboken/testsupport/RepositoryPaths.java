package se.lishandboken.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository (and so the example site) is, for tests run by Maven from its root. */
public final class RepositoryPaths {

    private RepositoryPaths() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run the tests from the repository");
        }
        return dir;
    }
}
