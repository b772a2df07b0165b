package se.lishandboken.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lishandboken.cli.ExitCodes;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.testsupport.FixtureSite;
import se.lishandboken.testsupport.LisCommand;

/**
 * Real publish and rollback processes that die at each step, as a SIGKILL would kill them there: the
 * published site stays whole and earlier releases untouched, whichever step it was, and the next publish
 * treats a release that never went live as never published.
 */
class PublishKillTest {
    @TempDir
    Path temp;

    private FixtureSite site;
    private Path to;

    @BeforeEach
    void createSite() {
        site = FixtureSite.create(temp).withRegister()
                .page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA.\n");
        to = temp.resolve("publicerat");
    }

    @ParameterizedTest
    @EnumSource(PublishStep.class)
    void aPublishKilledAtAnyStepLeavesTheLiveReleaseWholeAndAReleaseThatNeverWentLiveIsNeitherListedNorRolledBackTo(PublishStep step)
            throws Exception {
        publish("a");
        String a = PublisherTest.treeDigest(to.resolve("releases/a"));

        assertThat(halt(step, "b")).as("the publish killed at %s, see the log in %s", step, temp).isEqualTo(HaltingPublish.KILLED);

        boolean wentLive = step.compareTo(PublishStep.SWITCHED) >= 0;
        assertWholeAndLive(wentLive ? "b" : "a");
        assertThat(PublisherTest.treeDigest(to.resolve("releases/a"))).isEqualTo(a);
        assertThat(indexRows()).isSubsetOf(wentLive ? List.of("a", "a (gällande)", "b", "b (gällande)") : List.of("a (gällande)"));

        Publication c = publish("c");
        boolean savedButNeverLive = step == PublishStep.RELEASED || step == PublishStep.SWITCHING;
        assertThat(c.discarded()).isEqualTo(savedButNeverLive ? List.of("b") : List.of());
        assertThat(indexRows()).containsExactlyElementsOf(wentLive ? List.of("c (gällande)", "b", "a") : List.of("c (gällande)", "a"));
        assertThat(Publisher.rollback(to).release().name()).isEqualTo(wentLive ? "b" : "a");

        if (wentLive) {
            assertThatThrownBy(() -> publish("b")).hasMessageContaining("Utgåvan b finns redan");
            assertThat(journal()).containsExactly("a publish", "b publish", "c publish", "b rollback");
        } else {
            assertThat(publish("b").discarded()).isEmpty();
            assertThat(live()).isEqualTo("b");
            assertThat(journal()).containsExactly("a publish", "c publish", "a rollback", "b publish");
        }
        assertThat(workFolders()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PublishStep.class, names = {"LOCKED", "SWITCHING", "SWITCHED", "JOURNALING", "JOURNALED", "INDEXED"})
    void aRollbackKilledAtAnyStepLeavesEitherReleaseLiveAndTheNextRollbackGoesToTheOneLiveBefore(PublishStep step) throws Exception {
        publish("a");
        publish("b");

        assertThat(halt(step, HaltingPublish.ROLLBACK)).as("the rollback killed at %s", step).isEqualTo(HaltingPublish.KILLED);

        boolean rolledBack = step.compareTo(PublishStep.SWITCHED) >= 0;
        assertWholeAndLive(rolledBack ? "a" : "b");
        publish("c");
        assertThat(indexRows()).containsExactly("c (gällande)", "b", "a");
        assertThat(Publisher.rollback(to).release().name()).isEqualTo(rolledBack ? "a" : "b");
        assertThat(journal()).startsWith(rolledBack ? new String[] {"a publish", "b publish", "a rollback", "c publish"}
                : new String[] {"a publish", "b publish", "c publish"});
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void theReportedCaseAReleaseKilledAsSoonAsItExistsIsPublishedAgainAndRollbackGoesOnlyToReleasesThatWereLive() throws Exception {
        LisCommand lis = new LisCommand();
        assertThat(lis.run("publish", "--site", site.dir().toString(), "--to", to.toString(), "--version", "2025.1")).isEqualTo(ExitCodes.OK);

        // kill -9 as soon as releases/2025.2 exists: the publish waits there until it is killed from outside.
        Process publish = start("2025.2", PublishStep.RELEASED, HaltingPublish.WAIT);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(publish.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("RELEASED");
            assertThat(to.resolve("releases/2025.2/index.html")).isRegularFile();
            publish.destroyForcibly();
            assertThat(publish.waitFor()).isEqualTo(HaltingPublish.KILLED);
        }
        assertWholeAndLive("2025.1");

        assertThat(lis.run("publish", "--site", site.dir().toString(), "--to", to.toString(), "--version", "2025.2"))
                .as(lis.err()).isEqualTo(ExitCodes.OK);
        assertThat(lis.out()).contains("Obs: utgåvan 2025.2 blev aldrig gällande (en tidigare publicering avbröts innan current byttes) och har tagits bort.",
                "Klart: utgåvan 2025.2 är publicerad");
        assertThat(lis.run("publish", "--site", site.dir().toString(), "--to", to.toString(), "--version", "2025.3")).isEqualTo(ExitCodes.OK);

        assertThat(lis.run("publish", "--to", to.toString(), "--rollback")).isEqualTo(ExitCodes.OK);
        assertThat(lis.out()).contains("pekar nu på utgåvan 2025.2.");
        assertThat(lis.run("publish", "--to", to.toString(), "--rollback")).isEqualTo(ExitCodes.OK);
        assertThat(lis.out()).contains("pekar nu på utgåvan 2025.1.");
        assertThat(indexRows()).containsExactly("2025.3", "2025.2", "2025.1 (gällande)");
    }

    @Test
    void aSecondPublishInTheSameProcessIsTurnedAwayWithoutFreeingTheLockForOtherProcesses() throws Exception {
        publish("a");
        try (PublishLock held = PublishLock.tryAcquire(to).orElseThrow()) {
            assertThatThrownBy(() -> publish("b")).hasMessageContaining("En annan publicering pågår redan");

            Process other = start("c", PublishStep.LOCKED);
            other.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(other.waitFor()).as("a publish in another process, see %s", temp.resolve("LOCKED.log")).isNotEqualTo(HaltingPublish.KILLED);
            assertThat(Files.readString(temp.resolve("LOCKED.log"))).contains("En annan publicering pågår redan");
        }
        assertWholeAndLive("a");
    }

    private Publication publish(String version) {
        return Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), version, FixtureSite.NOW), to, 10), Checkpoint.NONE);
    }

    /** Runs {@link HaltingPublish} to its end, killed at {@code step}; returns its exit status. */
    private int halt(PublishStep step, String version) throws Exception {
        Process process = start(version, step);
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return process.waitFor();
    }

    private Process start(String version, PublishStep step, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltingPublish.class.getName(),
                site.dir().toString(), to.toString(), version, step.name()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(temp.resolve(step + ".log").toFile()).start();
    }

    private String live() throws IOException {
        return Files.readSymbolicLink(to.resolve("current")).getFileName().toString();
    }

    private void assertWholeAndLive(String release) throws IOException {
        Path live = to.resolve(Files.readSymbolicLink(to.resolve("current"))).normalize();
        assertThat(live).isEqualTo(to.resolve("releases").resolve(release));
        assertThat(live.resolve("index.html")).isRegularFile();
        assertThat(live.resolve("version.json")).isRegularFile();
        assertThat(live.resolve(ReleaseStore.PUBLISHED)).isRegularFile();
    }

    private List<String> indexRows() throws IOException {
        return Jsoup.parse(to.resolve("releases/index.html").toFile()).select("tbody th").eachText();
    }

    /** The journal, one "release how" a line. */
    private List<String> journal() throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(to.resolve("journal.json").toFile()).path("live")) {
            lines.add(entry.path("release").asText() + " " + entry.path("how").asText());
        }
        return lines;
    }

    private List<Path> workFolders() throws IOException {
        try (Stream<Path> a = Files.list(to); Stream<Path> b = Files.list(to.resolve("releases"))) {
            return Stream.concat(a, b)
                    .filter(p -> p.getFileName().toString().startsWith(".lis-") && !p.getFileName().toString().equals(PublishLock.FILE_NAME))
                    .toList();
        }
    }
}
