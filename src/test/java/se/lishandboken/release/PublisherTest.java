package se.lishandboken.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.testsupport.FixtureSite;

class PublisherTest {
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

    private Publication publish(String version) {
        return publish(version, 10, Checkpoint.NONE);
    }

    private Publication publish(String version, int keep, Checkpoint checkpoint) {
        return Publisher.publish(new PublishRequest(new BuildRequest(site.dir(), site.output(), version, FixtureSite.NOW), to, keep), checkpoint);
    }

    private Path current() throws IOException {
        return to.resolve(Files.readSymbolicLink(to.resolve("current"))).normalize();
    }

    @Test
    void eachPublishIsKeptAsAReleaseAndCurrentSwitchesToTheNewest() throws Exception {
        publish("2025.1");
        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA inom en timme.\n");
        publish("2025.2");

        assertThat(Files.isSymbolicLink(to.resolve("current"))).isTrue();
        assertThat(current()).isEqualTo(to.resolve("releases/2025.2"));
        assertThat(Files.readString(to.resolve("current/rutiner/incident.html"))).contains("inom en timme");
        assertThat(Files.readString(to.resolve("releases/2025.1/rutiner/incident.html"))).doesNotContain("inom en timme");

        Document index = Jsoup.parse(to.resolve("releases/index.html").toFile());
        assertThat(index.select("tbody th").eachText()).containsExactly("2025.2 (gällande)", "2025.1");
        assertThat(index.select("tbody th a").eachAttr("href")).containsExactly("2025.2/index.html", "2025.1/index.html");
        assertThat(index.select("html").attr("lang")).isEqualTo("sv");
        assertThat(index.title()).isEqualTo("Utgåvor av Testhandboken – Testbolaget AB");
    }

    @Test
    void theReleasesIndexUsesTheLiveReleasesOwnWordsAlsoAfterARollback() throws Exception {
        site.file("ui.properties", "term.management-review=säkerhetsgenomgång\nreleases.caption=Alla utgåvor\n");
        publish("2025.1");
        site.file("ui.properties", "term.management-review=årlig genomgång\nreleases.caption=Alla utgåvor\n");
        publish("2025.2");

        Document index = Jsoup.parse(to.resolve("releases/index.html").toFile());
        assertThat(index.select("caption").text()).isEqualTo("Alla utgåvor");
        assertThat(index.select("thead th").eachText()).contains("Årlig genomgång");

        Publisher.rollback(to);

        assertThat(Jsoup.parse(to.resolve("releases/index.html").toFile()).select("thead th").eachText()).contains("Säkerhetsgenomgång");
    }

    @Test
    void theReleasesIndexLinksEveryReleasesOwnReviews() throws Exception {
        site.file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                .page("granskning/2025.adoc", "= Ledningens genomgång 2025\n:jbake-type: review\n:review-year: 2025\n"
                        + ":review-date: 2025-03-04\n:review-status: utkast\n\n== Sammanfattning\n\nEnligt plan.\n");
        publish("2025.1");

        Document index = Jsoup.parse(to.resolve("releases/index.html").toFile());
        assertThat(index.select("tbody td a").eachAttr("href")).containsExactly("2025.1/granskning/2025.html", "2025.1/granskning/2025.pdf");
        assertThat(to.resolve("releases/2025.1/granskning/2025.pdf")).isRegularFile();
    }

    @ParameterizedTest
    @EnumSource(PublishStep.class)
    void aPublishStoppedByAnIoErrorAtAnyStepLeavesTheLiveReleaseWholeAndTheVersionFreeUnlessItWentLive(PublishStep failAt)
            throws Exception {
        publish("2025.1");
        String before = treeDigest(to.resolve("releases/2025.1"));

        assertThatThrownBy(() -> publish("2025.2", 10, failingAt(failAt))).isInstanceOf(BuildFailedException.class)
                .hasMessageContaining("injected failure at " + failAt);

        boolean wentLive = failAt.compareTo(PublishStep.SWITCHED) >= 0;
        Path live = current();
        assertThat(live).isEqualTo(to.resolve(wentLive ? "releases/2025.2" : "releases/2025.1"));
        assertThat(live.resolve("index.html")).isRegularFile();
        assertThat(live.resolve("version.json")).isRegularFile();
        assertThat(treeDigest(to.resolve("releases/2025.1"))).isEqualTo(before);
        assertThat(indexRows()).isSubsetOf(wentLive ? List.of("2025.1", "2025.1 (gällande)", "2025.2", "2025.2 (gällande)") : List.of("2025.1 (gällande)"));
        if (!wentLive) {
            assertThat(to.resolve("releases/2025.2")).doesNotExist();
        }

        // The next publish clears what the stopped one left behind, and lists and rolls back to live releases only.
        assertThat(publish("2025.3").discarded()).isEmpty();
        assertThat(current()).isEqualTo(to.resolve("releases/2025.3"));
        assertThat(workFolders()).isEmpty();
        assertThat(indexRows()).containsExactlyElementsOf(wentLive ? List.of("2025.3 (gällande)", "2025.2", "2025.1") : List.of("2025.3 (gällande)", "2025.1"));
        assertThat(Publisher.rollback(to).release().name()).isEqualTo(wentLive ? "2025.2" : "2025.1");
        if (wentLive) {
            assertThatThrownBy(() -> publish("2025.2")).hasMessageContaining("Utgåvan 2025.2 finns redan");
        } else {
            publish("2025.2");
            assertThat(current()).isEqualTo(to.resolve("releases/2025.2"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = PublishStep.class, names = {"LOCKED", "SWITCHING", "SWITCHED", "JOURNALING", "JOURNALED", "INDEXED"})
    void aRollbackStoppedByAnIoErrorAtAnyStepLeavesEitherReleaseLiveAndTheNextRollbackGoesFurtherBackOnlyIfItHappened(PublishStep failAt)
            throws Exception {
        publish("2025.1");
        publish("2025.2");
        publish("2025.3");

        assertThatThrownBy(() -> Publisher.rollback(to, failingAt(failAt))).hasMessageContaining("injected failure at " + failAt);

        boolean rolledBack = failAt.compareTo(PublishStep.SWITCHED) >= 0;
        assertThat(current()).isEqualTo(to.resolve(rolledBack ? "releases/2025.2" : "releases/2025.3"));
        assertThat(current().resolve("index.html")).isRegularFile();
        assertThat(Publisher.rollback(to).release().name()).isEqualTo(rolledBack ? "2025.1" : "2025.2");
        assertThat(indexRows()).containsExactlyElementsOf(rolledBack ? List.of("2025.3", "2025.2", "2025.1 (gällande)")
                : List.of("2025.3", "2025.2 (gällande)", "2025.1"));
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void anIoErrorAfterTheSwitchSaysTheReleaseIsLiveAndWhatTheNextPublishMendsAndARollbackSaysItLikewise() throws Exception {
        publish("2025.1");
        assertThatThrownBy(() -> publish("2025.2", 10, failingAt(PublishStep.JOURNALING)))
                .hasMessageContaining("Utgåvan 2025.2 är publicerad och gäller, men efterarbetet avbröts: injected failure at JOURNALING.");
        assertThatThrownBy(() -> Publisher.rollback(to, failingAt(PublishStep.INDEXED)))
                .hasMessageContaining("Utgåvan 2025.1 gäller igen, men efterarbetet avbröts: injected failure at INDEXED.");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        assertThat(journal()).containsExactly("2025.1 publish", "2025.2 publish", "2025.1 rollback");
    }

    @Test
    void rollbacksInARowGoFurtherBackAndAfterAPublishARollbackReturnsToTheReleaseLiveBeforeIt() throws Exception {
        publish("2025.1");
        publish("2025.2");
        publish("2025.3");

        assertThat(Publisher.rollback(to).release().name()).isEqualTo("2025.2");
        assertThat(Publisher.rollback(to).release().name()).isEqualTo("2025.1");
        assertThatThrownBy(() -> Publisher.rollback(to)).hasMessageContaining("Det finns ingen tidigare utgåva");

        publish("2025.4");
        assertThat(Publisher.rollback(to).release().name()).isEqualTo("2025.1");
        assertThat(indexRows()).containsExactly("2025.4", "2025.3", "2025.2", "2025.1 (gällande)");
    }

    @Test
    void theJournalListsEachReleaseThatWentLiveWithWhenAndHowInOrder() throws Exception {
        publish("2025.1");
        publish("2025.2");
        Publisher.rollback(to);

        assertThat(journal()).containsExactly("2025.1 publish", "2025.2 publish", "2025.1 rollback");
        JsonNode entries = new ObjectMapper().readTree(to.resolve("journal.json").toFile()).path("live");
        java.time.Instant previous = java.time.Instant.EPOCH;
        for (JsonNode entry : entries) {
            java.time.Instant wentLive = java.time.Instant.parse(entry.path("wentLive").asText());
            assertThat(wentLive).isAfterOrEqualTo(previous);
            previous = wentLive;
        }
    }

    @Test
    void aPublishFolderFromBeforeTheJournalGetsOneFromItsReleasesAndRollsBackAsBefore() throws Exception {
        publish("2025.1");
        publish("2025.2");
        Files.delete(to.resolve("journal.json"));

        publish("2025.3");

        assertThat(journal()).containsExactly("2025.1 publish", "2025.2 publish", "2025.3 publish");
        assertThat(Publisher.rollback(to).release().name()).isEqualTo("2025.2");
    }

    @Test
    void anUnreadableJournalStopsThePublishWithAClearMessageAndNothingChanges() throws Exception {
        publish("2025.1");
        Files.writeString(to.resolve("journal.json"), "{ trasig");

        assertThatThrownBy(() -> publish("2025.2")).hasMessageContaining("Publiceringsloggen går inte att läsa");

        assertThat(Files.readString(to.resolve("journal.json"))).isEqualTo("{ trasig");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        assertThat(to.resolve("releases/2025.2")).doesNotExist();
    }

    private static Checkpoint failingAt(PublishStep failAt) {
        return step -> {
            if (step == failAt) {
                throw new IOException("injected failure at " + step);
            }
        };
    }

    private List<String> indexRows() throws IOException {
        return Jsoup.parse(to.resolve("releases/index.html").toFile()).select("tbody th").eachText();
    }

    /** The journal, one "release how" a line. */
    private List<String> journal() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode entry : new ObjectMapper().readTree(to.resolve("journal.json").toFile()).path("live")) {
            lines.add(entry.path("release").asText() + " " + entry.path("how").asText());
        }
        return lines;
    }

    @Test
    void aFullDiskStopsThePublishWithAClearMessageAndTheLiveSiteStays() throws Exception {
        publish("2025.1");

        assertThatThrownBy(() -> publish("2025.2", 10, step -> {
            if (step == PublishStep.BUILT) {
                throw new IOException("No space left on device");
            }
        })).hasMessageContaining("Publiceringen avbröts: No space left on device. Den levande webbplatsen och de tidigare utgåvorna har inte ändrats.");

        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        assertThat(to.resolve("releases/2025.2")).doesNotExist();
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void anExistingReleaseIsNeverOverwritten() throws Exception {
        publish("2025.1");
        String before = treeDigest(to.resolve("releases/2025.1"));
        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nÄndrad.\n");

        assertThatThrownBy(() -> publish("2025.1")).hasMessageContaining("Utgåvan 2025.1 finns redan. Inget har ändrats.");

        assertThat(treeDigest(to.resolve("releases/2025.1"))).isEqualTo(before);
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void aCorruptCurrentLinkIsReportedAndLeftAsItWas() throws Exception {
        publish("2025.1");
        Files.delete(to.resolve("current"));
        Files.createSymbolicLink(to.resolve("current"), Path.of("releases/finns-inte"));

        assertThatThrownBy(() -> publish("2025.2")).hasMessageContaining("Länken current pekar inte på en komplett utgåva");

        assertThat(Files.readSymbolicLink(to.resolve("current"))).isEqualTo(Path.of("releases/finns-inte"));
        assertThat(to.resolve("releases/2025.2")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsReported() throws Exception {
        Path file = Files.writeString(temp.resolve("en-fil"), "inte en mapp");
        to = file.resolve("publicerat");

        assertThatThrownBy(() -> publish("2025.1")).hasMessageContaining("mappen går inte att skapa eller skriva i");
        assertThat(Files.readString(file)).isEqualTo("inte en mapp");
    }

    @Test
    void aSecondPublishWaitsForNoOneItStopsWhileTheFirstHoldsTheLock() throws Exception {
        publish("2025.1");
        try (PublishLock held = PublishLock.tryAcquire(to).orElseThrow()) {
            assertThatThrownBy(() -> publish("2025.2")).hasMessageContaining("En annan publicering pågår redan");
        }
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        publish("2025.2");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.2"));
    }

    @Test
    void rollbackSwitchesToTheReleaseBeforeAndSaysSoWhenThereIsNone() throws Exception {
        assertThatThrownBy(() -> Publisher.rollback(to)).hasMessageContaining("Det finns ingen tidigare utgåva");
        publish("2025.1");
        assertThatThrownBy(() -> Publisher.rollback(to)).hasMessageContaining("Det finns ingen tidigare utgåva");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));

        publish("2025.2");
        assertThat(Publisher.rollback(to).release().name()).isEqualTo("2025.1");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.1"));
        assertThat(Jsoup.parse(to.resolve("releases/index.html").toFile()).select("tbody th").eachText())
                .containsExactly("2025.2", "2025.1 (gällande)");
    }

    @Test
    void onlyTheNewestReleasesAreKeptAndTheLiveOneAlways() throws Exception {
        publish("2025.1", 2, Checkpoint.NONE);
        publish("2025.2", 2, Checkpoint.NONE);
        publish("2025.3", 2, Checkpoint.NONE);

        assertThat(to.resolve("releases/2025.1")).doesNotExist();
        assertThat(to.resolve("releases/2025.2/index.html")).isRegularFile();
        assertThat(current()).isEqualTo(to.resolve("releases/2025.3"));
        assertThat(Jsoup.parse(to.resolve("releases/index.html").toFile()).select("tbody th").eachText())
                .containsExactly("2025.3 (gällande)", "2025.2");
    }

    private List<Path> workFolders() throws IOException {
        try (Stream<Path> a = Files.list(to); Stream<Path> b = Files.list(to.resolve("releases"))) {
            return Stream.concat(a, b)
                    .filter(p -> p.getFileName().toString().startsWith(".lis-") && !p.getFileName().toString().equals(PublishLock.FILE_NAME))
                    .toList();
        }
    }

    static String treeDigest(Path root) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
