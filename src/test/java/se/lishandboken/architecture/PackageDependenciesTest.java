package se.lishandboken.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lishandboken.testsupport.RepositoryPaths;

/**
 * The pipeline reads from the top down: each package uses only packages before it in {@link #ORDER},
 * so there are no loops and no stage reaches into a later one, and no package holds more than a fifth
 * of the code.
 */
class PackageDependenciesTest {
    /** The packages in pipeline order; a package may use those before it. */
    private static final List<String> ORDER = List.of(
            "problem", "files", "calendar", "publish",
            "config", "register", "history", "review", "seal", "export", "workbook",
            "page", "source", "view", "site.engine", "site",
            "postprocess", "pdf", "rollup", "pipeline", "lint", "release", "serve", "scaffold", "cli");
    private static final Path MAIN = RepositoryPaths.root().resolve("src/main/java/se/lishandboken");
    private static final Pattern USE = Pattern.compile("se\\.lishandboken\\.([a-z]\\w*(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package se\\.lishandboken\\.([\\w.]+);", Pattern.MULTILINE);

    private record Source(String pkg, String text, long lines) {
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Source> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(text);
                assertThat(pkg.find()).as(file.toString()).isTrue();
                sources.add(new Source(pkg.group(1), text, text.lines().count()));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPackageUsesOnlyPackagesEarlierInThePipeline() {
        Map<String, Set<String>> later = new TreeMap<>();
        for (Source source : sources()) {
            assertThat(ORDER).as("package %s has a place in the pipeline order", source.pkg()).contains(source.pkg());
            Matcher use = USE.matcher(source.text());
            while (use.find()) {
                String used = use.group(1);
                if (!used.equals(source.pkg()) && ORDER.indexOf(used) > ORDER.indexOf(source.pkg())) {
                    later.computeIfAbsent(source.pkg(), k -> new TreeSet<>()).add(used);
                }
            }
        }
        assertThat(later).as("packages that use a later one").isEmpty();
    }

    @Test
    void noPackageHoldsMoreThanAFifthOfTheCode() {
        Map<String, Long> lines = new TreeMap<>();
        long total = 0;
        for (Source source : sources()) {
            lines.merge(source.pkg(), source.lines(), Long::sum);
            total += source.lines();
        }
        long limit = total / 5;
        assertThat(lines).allSatisfy((pkg, count) -> assertThat(count).as("lines in %s of %d", pkg, lines.values().stream()
                .mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(limit));
    }
}
