package se.lishandboken.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {
    @TempDir
    Path temp;

    @Test
    void aBuildRemovesTheStagingFolderOfAKilledBuildButNeverThatOfARunningOne() throws Exception {
        Path output = temp.resolve("output");
        Process running = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldingStaging.class.getName(), output.toString())
                .redirectError(temp.resolve("holding.log").toFile()).start();
        Path held;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
            held = Path.of(out.readLine());
            assertThat(held.resolve("index.html")).isRegularFile();

            build(output);
            assertThat(held.resolve("index.html")).as("the running build's staging folder").isRegularFile();

            running.destroyForcibly();
            running.waitFor();
        }
        assertThat(held).exists();

        build(output);

        assertThat(held).doesNotExist();
        assertThat(hidden()).isEmpty();
        assertThat(output.resolve("index.html")).hasContent("<p>klar</p>");
    }

    @Test
    void aBuildInThisProcessKeepsTheStagingFolderOfAnotherBuildInThisProcess() throws Exception {
        Path output = temp.resolve("output");
        try (StagingFolder running = StagingFolder.beside(output)) {
            build(output);
            assertThat(running.dir()).isDirectory();
        }
        assertThat(hidden()).isEmpty();
    }

    @Test
    void aBuildRemovesOnlyFoldersNamedAsItsOwnAndUnlockedOnesOfOlderVersionsOnlyWhenADayOld() throws Exception {
        Path output = temp.resolve("output");
        Path killedWhileClosing = Files.createDirectories(temp.resolve(".lis-staging-0f8fad5b-d9cb-469f-a165-70867728950e"));
        Path killedWhileSwapping = Files.createDirectories(temp.resolve(".lis-previous-7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        Files.writeString(temp.resolve(".lis-staging-7c9e6679-7425-40de-944b-e07fc1f90ae7.lock"), "");
        Path oldVersionsDayOld = Files.createDirectories(temp.resolve(".lis-staging-4711"));
        Files.setLastModifiedTime(oldVersionsDayOld, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path oldVersionsFresh = Files.createDirectories(temp.resolve(".lis-previous-4712"));
        Path someoneElses = Files.createDirectories(temp.resolve(".lis-staging-egen"));
        Path notHidden = Files.createDirectories(temp.resolve("lis-staging-0f8fad5b-d9cb-469f-a165-70867728950e"));

        build(output);

        assertThat(killedWhileClosing).doesNotExist();
        assertThat(killedWhileSwapping).doesNotExist();
        assertThat(temp.resolve(".lis-staging-7c9e6679-7425-40de-944b-e07fc1f90ae7.lock")).doesNotExist();
        assertThat(oldVersionsDayOld).doesNotExist();
        assertThat(oldVersionsFresh).isDirectory();
        assertThat(someoneElses).isDirectory();
        assertThat(notHidden).isDirectory();
    }

    /** What a build does with its staging folder. */
    private static void build(Path output) throws IOException {
        try (StagingFolder staging = StagingFolder.beside(output)) {
            Files.writeString(staging.dir().resolve("index.html"), "<p>klar</p>");
            staging.replace(output);
        }
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".lis-")).toList();
        }
    }
}
