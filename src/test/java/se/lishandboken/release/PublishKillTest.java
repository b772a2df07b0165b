package se.lishandboken.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.testsupport.FixtureSite;

/**
 * Real publish processes that die at each step of a publish, as a SIGKILL would kill them there: the
 * published site stays whole and earlier releases untouched, whichever step it was.
 */
class PublishKillTest {
    @TempDir
    Path temp;

    @Test
    void aPublishKilledAtAnyStepLeavesCurrentOnACompleteReleaseAndEarlierReleasesIntact() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA.\n");
        Path to = temp.resolve("publicerat");
        Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), "k0", FixtureSite.NOW), to, 10), Checkpoint.NONE);

        Map<String, String> digests = new HashMap<>();
        digests.put("k0", PublisherTest.treeDigest(to.resolve("releases/k0")));
        for (PublishStep step : PublishStep.values()) {
            String version = "k-" + step.name().toLowerCase(java.util.Locale.ROOT);
            Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HaltingPublish.class.getName(),
                    site.dir().toString(), to.toString(), version, step.name())
                    .redirectErrorStream(true).redirectOutput(temp.resolve(version + ".log").toFile())
                    .start();
            assertThat(publish.waitFor()).as("the publish killed at %s, see %s.log", step, version).isEqualTo(HaltingPublish.KILLED);

            Path live = to.resolve(Files.readSymbolicLink(to.resolve("current"))).normalize();
            assertThat(live.resolve("index.html")).as("after a kill at %s", step).isRegularFile();
            assertThat(live.resolve("version.json")).isRegularFile();
            assertThat(live.resolve(ReleaseStore.PUBLISHED)).isRegularFile();
            for (Map.Entry<String, String> earlier : digests.entrySet()) {
                assertThat(PublisherTest.treeDigest(to.resolve("releases").resolve(earlier.getKey())))
                        .as("release %s after a kill at %s", earlier.getKey(), step).isEqualTo(earlier.getValue());
            }
            Path released = to.resolve("releases").resolve(version);
            if (Files.exists(released)) {
                assertThat(released.resolve("index.html")).isRegularFile();
                digests.put(version, PublisherTest.treeDigest(released));
            }
        }

        Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), "efter", FixtureSite.NOW), to, 10), Checkpoint.NONE);
        assertThat(Files.readSymbolicLink(to.resolve("current"))).isEqualTo(Path.of("releases/efter"));
        try (Stream<Path> leftovers = Files.list(to.resolve("releases"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".lis-"))).isEmpty();
        }
        // Killed once the lock was held or the site built, the publish never named a release.
        assertThat(to.resolve("releases/k-locked")).doesNotExist();
        assertThat(to.resolve("releases/k-built")).doesNotExist();
    }
}
