package se.lishandboken.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.build.BuildRequest;
import se.lishandboken.testsupport.FixtureSite;

/** Real {@code lis publish} processes killed with SIGKILL at moments spread over the whole publish. */
class PublishKillTest {
    @TempDir
    Path temp;

    @Test
    void aPublishKilledAtAnyMomentLeavesCurrentOnACompleteReleaseAndEarlierReleasesIntact() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA.\n");
        Path to = temp.resolve("publicerat");
        Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), "k0", FixtureSite.NOW), to, 10), Checkpoint.NONE);

        Map<String, String> digests = new HashMap<>();
        digests.put("k0", PublisherTest.treeDigest(to.resolve("releases/k0")));
        Random random = new Random(20261128);
        List<Long> delays = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            // The first publish is killed at 0.3 s, before a JVM can have built the site; the others at random.
            long delay = attempt == 1 ? 300 : 300 + random.nextInt(7_000);
            delays.add(delay);
            Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "se.lishandboken.cli.Lis",
                    "publish", "--site", site.dir().toString(), "--to", to.toString(), "--version", "k" + attempt)
                    .redirectErrorStream(true).redirectOutput(temp.resolve("publish-" + attempt + ".log").toFile())
                    .start();
            if (!publish.waitFor(delay, TimeUnit.MILLISECONDS)) {
                publish.destroyForcibly().waitFor();
            }

            Path live = to.resolve(Files.readSymbolicLink(to.resolve("current"))).normalize();
            assertThat(live.resolve("index.html")).as("after a kill at %d ms", delay).isRegularFile();
            assertThat(live.resolve("version.json")).isRegularFile();
            assertThat(live.resolve(ReleaseStore.PUBLISHED)).isRegularFile();
            for (Map.Entry<String, String> earlier : digests.entrySet()) {
                assertThat(PublisherTest.treeDigest(to.resolve("releases").resolve(earlier.getKey())))
                        .as("release %s after a kill at %d ms", earlier.getKey(), delay).isEqualTo(earlier.getValue());
            }
            Path released = to.resolve("releases/k" + attempt);
            if (Files.exists(released)) {
                assertThat(released.resolve("index.html")).isRegularFile();
                digests.put("k" + attempt, PublisherTest.treeDigest(released));
            }
        }

        Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), "efter", FixtureSite.NOW), to, 10), Checkpoint.NONE);
        assertThat(Files.readSymbolicLink(to.resolve("current"))).isEqualTo(Path.of("releases/efter"));
        try (Stream<Path> leftovers = Files.list(to.resolve("releases"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".lis-"))).isEmpty();
        }
        // The first kill came before the site was built, so at least one release must be missing.
        assertThat(digests).hasSizeLessThan(6);
    }
}
