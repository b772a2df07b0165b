package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

/** The version stamp, page histories and the "new since the last release" page, from a real git repository. */
class GitHistoryTest {
    private static final PersonIdent ANNA = new PersonIdent("Anna Andersson", "anna.andersson@kommun.invalid",
            java.time.Instant.parse("2025-01-10T09:00:00Z"), java.time.ZoneOffset.UTC);
    private static final PersonIdent BERTIL = new PersonIdent("Bertil Berg", "bertil.berg@kommun.invalid",
            java.time.Instant.parse("2025-06-02T09:00:00Z"), java.time.ZoneOffset.UTC);

    @TempDir
    Path temp;

    private FixtureSite site() {
        return FixtureSite.create(temp).withRegister()
                .file("jbake.properties", FixtureSite.PROPERTIES + "template.changes.file=changes.ftlh\n")
                .file(".gitignore", "output/\n.output*\n")
                .page("nytt.adoc", "= Nytt sedan förra versionen\n:jbake-type: changes\n\nInledning.\n")
                .page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA.\n");
    }

    private static void commit(Git git, String message, PersonIdent who) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    @Test
    void pagesShowTheirChangesWithoutEmailAndTheNewsPageListsWhatChangedSinceTheLastTag() throws Exception {
        FixtureSite site = site();
        try (Git git = Git.init().setDirectory(site.dir().toFile()).setInitialBranch("main").call()) {
            commit(git, "Första versionen av handboken", ANNA);
            git.tag().setName("v2025.1").setAnnotated(true).setMessage("Release").setTagger(ANNA).call();
            site.page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter i IA inom en timme.\n")
                    .replaceInData("assets.json", "\"name\": \"Enkätverktyget\"", "\"name\": \"Enkätverktyget Pro\"")
                    .replaceInData("assets.json", "\"name\": \"Styrelsens krisarkiv HEMLIGSTAMPEL\"", "\"name\": \"Styrelsens krisarkiv HEMLIGSTAMPEL 2\"");
            commit(git, "Skärpt tidsgräns för incidentrapport", BERTIL);
        }

        site.buildUnversioned();

        Document page = Jsoup.parse(site.read("rutiner/incident.html"));
        assertThat(page.select(".doc-control dt:contains(Senast ändrad) + dd").text()).isEqualTo("2025-06-02");
        assertThat(page.select(".page-history li").eachText())
                .containsExactly("2025-06-02 – Skärpt tidsgräns för incidentrapport", "2025-01-10 – Första versionen av handboken");
        assertThat(page.outerHtml()).doesNotContain("kommun.invalid", "Anna Andersson", "Bertil Berg");
        assertThat(page.select(".site-footer").text()).containsPattern("Version v2025\\.1-1-g[0-9a-f]{7} · commit [0-9a-f]{7}");

        Document news = Jsoup.parse(site.read("nytt.html"));
        assertThat(news.text()).contains("v2025.1 från 2025-01-10");
        assertThat(news.select("article ul a").eachText()).containsExactly("Incidenthantering");
        assertThat(news.select("tbody tr").eachText()).containsExactly("Informationstillgångar T-ENKAT Enkätverktyget Pro Ändrad");
        assertThat(news.outerHtml()).doesNotContain("T-STYRELSE", "HEMLIGSTAMPEL");

        VersionFile.Manifest manifest = VersionFile.read(site.output());
        assertThat(manifest.version()).matches("v2025\\.1-1-g[0-9a-f]{7}");
        assertThat(manifest.dirty()).isFalse();
        assertThat(manifest.commit()).hasSize(40);
        assertThat(manifest.content().lastChanged()).isEqualTo("2025-06-02");
        assertThat(manifest.builtAt()).isEqualTo(FixtureSite.NOW.atZone(java.time.ZoneId.of("Europe/Stockholm")).toOffsetDateTime().toString());
    }

    @Test
    void aSiteInASubfolderWithItsOwnFolderNamesStillShowsItsPagesHistory() throws Exception {
        Path repository = temp.resolve("repo");
        FixtureSite site = FixtureSite.create(repository)
                .file("jbake.properties", FixtureSite.PROPERTIES + "content.folder=innehall\n")
                .page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera incidenter.\n");
        java.nio.file.Files.move(site.dir().resolve("content"), site.dir().resolve("innehall"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "Handboken i en egen mapp", ANNA);
        }

        site.buildUnversioned();

        Document page = Jsoup.parse(site.read("rutiner/incident.html"));
        assertThat(page.select(".page-history li").eachText()).containsExactly("2025-01-10 – Handboken i en egen mapp");
        assertThat(VersionFile.read(site.output()).content().lastChanged()).isEqualTo("2025-01-10");
    }

    @Test
    void uncommittedChangesMarkTheVersionDirty() throws Exception {
        FixtureSite site = site();
        try (Git git = Git.init().setDirectory(site.dir().toFile()).setInitialBranch("main").call()) {
            commit(git, "Första versionen", ANNA);
            git.tag().setName("v1").call();
        }
        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nÄndrad men inte incheckad.\n");

        site.buildUnversioned();

        assertThat(VersionFile.read(site.output()).version()).isEqualTo("v1-dirty");
        assertThat(VersionFile.read(site.output()).dirty()).isTrue();
    }

    @Test
    void outsideGitTheSiteBuildsWithoutHistory() throws Exception {
        FixtureSite site = site();

        site.buildUnversioned();

        assertThat(VersionFile.read(site.output()).version()).isEqualTo("dev");
        assertThat(VersionFile.read(site.output()).commit()).isNull();
        assertThat(Jsoup.parse(site.read("rutiner/incident.html")).select(".page-history")).isEmpty();
        assertThat(Jsoup.parse(site.read("nytt.html")).text()).contains("Det finns ingen tidigare version att jämföra med");
    }
}
