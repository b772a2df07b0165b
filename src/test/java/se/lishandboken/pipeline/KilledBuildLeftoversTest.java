package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

class KilledBuildLeftoversTest {
    @TempDir
    Path temp;

    @Test
    void theNextBuildRemovesTheStagingFoldersAKilledBuildLeftBesideTheOutputFolder() throws Exception {
        FixtureSite site = FixtureSite.create(temp);
        Path beside = site.output().toAbsolutePath().getParent();
        // What a build killed during its swap leaves: its half-written site, the old output and its lock file, which no process holds.
        String token = "9b2f4c1e-3d5a-4e6b-8c7d-0a1b2c3d4e5f";
        Files.createDirectories(beside.resolve(".lis-staging-" + token + "/rutiner"));
        Files.writeString(beside.resolve(".lis-staging-" + token + "/rutiner/incident.html"), "<p>halvfärdig");
        Files.createDirectories(beside.resolve(".lis-previous-" + token));
        Files.writeString(beside.resolve(".lis-staging-" + token + ".lock"), "");

        site.build();

        assertThat(site.output().resolve("index.html")).isRegularFile();
        try (Stream<Path> entries = Files.list(beside)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".lis-"))).isEmpty();
        }
    }
}
