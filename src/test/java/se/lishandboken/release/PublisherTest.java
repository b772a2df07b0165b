package se.lishandboken.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private PublishedRelease publish(String version) {
        return publish(version, 10, Checkpoint.NONE);
    }

    private PublishedRelease publish(String version, int keep, Checkpoint checkpoint) {
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
    void aPublishStoppedAtAnyStepLeavesCurrentOnACompleteReleaseAndEarlierReleasesUntouched(PublishStep failAt) throws Exception {
        publish("2025.1");
        String before = treeDigest(to.resolve("releases/2025.1"));

        assertThatThrownBy(() -> publish("2025.2", 10, step -> {
            if (step == failAt) {
                throw new IOException("injected failure at " + step);
            }
        })).isInstanceOf(BuildFailedException.class).hasMessageContaining("injected failure at " + failAt);

        Path live = current();
        assertThat(live).isIn(to.resolve("releases/2025.1"), to.resolve("releases/2025.2"));
        assertThat(live.resolve("index.html")).isRegularFile();
        assertThat(live.resolve("version.json")).isRegularFile();
        assertThat(failAt.compareTo(PublishStep.SWITCHED) < 0 ? "2025.1" : "2025.2").isEqualTo(live.getFileName().toString());
        assertThat(treeDigest(to.resolve("releases/2025.1"))).isEqualTo(before);

        // The next publish clears what the stopped one left behind.
        publish("2025.3");
        assertThat(current()).isEqualTo(to.resolve("releases/2025.3"));
        assertThat(workFolders()).isEmpty();
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
        assertThat(Publisher.rollback(to).name()).isEqualTo("2025.1");
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
