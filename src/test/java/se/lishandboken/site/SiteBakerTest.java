package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

class SiteBakerTest {
    @TempDir
    Path temp;

    @Test
    void everyAsciidocExtensionIsConvertedInSafeMode() throws IOException {
        Files.writeString(temp.resolve("hemlig.txt"), "HEMLIGT-LÖSENORD-4711");
        FixtureSite site = FixtureSite.create(temp);
        for (String extension : new String[] {"adoc", "ad", "asciidoc"}) {
            site.page("sida-" + extension + "." + extension, "= Sida\n\ninclude::" + temp.resolve("hemlig.txt") + "[]\n");
        }

        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);

        assertThat(failure.problems()).filteredOn(Problem::isError).extracting(Problem::location)
                .containsExactlyInAnyOrder("content/sida-adoc.adoc:3", "content/sida-ad.ad:3", "content/sida-asciidoc.asciidoc:3");
    }

    @Test
    void filesBesidePagesArePublishedButHiddenFilesAndIgnoredFoldersAreNot() {
        FixtureSite site = FixtureSite.create(temp)
                .file("content/bilder/schema.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/.utkast.adoc", "= Utkast\n\nInte klar.\n")
                .file("content/arbete/.jbakeignore", "")
                .file("content/arbete/anteckning.adoc", "= Anteckning\n\nInte för publicering.\n")
                .file("assets/css/extra.css", "p { margin: 0; }\n");

        site.build();

        assertThat(site.output().resolve("bilder/schema.svg")).exists();
        assertThat(site.output().resolve("css/extra.css")).exists();
        assertThat(site.output().resolve(".utkast.html")).doesNotExist();
        assertThat(site.output().resolve("arbete")).doesNotExist();
    }

    @Test
    void aLinkBackToAFolderAboveIsNotFollowedRoundInCircles() throws IOException {
        FixtureSite site = FixtureSite.create(temp).page("rutiner/a.adoc", "= Rutin A\n\nText.\n");
        Files.createSymbolicLink(site.dir().resolve("content/rutiner/tillbaka"), site.dir().resolve("content"));

        site.build();

        assertThat(site.output().resolve("rutiner/a.html")).exists();
    }

    @Test
    void tablesScrollInLabelledRegionsAndCarryNoInlineStyles() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", """
                = X

                .Kontakter
                [cols="1,3"]
                |===
                |Roll |Uppgift
                |ISAM |Samordnar
                |===

                [cols="2,1",width=50%]
                |===
                |Utan rubrik |A
                |===
                """);

        site.build();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("x.html"));
        assertThat(page.select("main [style]")).isEmpty();
        assertThat(page.select("[data-search-body] table.tableblock")).hasSize(2).allSatisfy(table -> {
            assertThat(table.parent().hasClass("table-scroll")).isTrue();
            assertThat(table.parent().attr("role")).isEqualTo("region");
            assertThat(table.parent().attr("tabindex")).isEqualTo("0");
        });
        assertThat(page.select(".table-scroll").eachAttr("aria-label")).containsExactly("Tabell 1. Kontakter", "Tabell");
    }

    @Test
    void textFromTheIsamIsHtmlEscapedInTemplates() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", """
                = Titel med <script>alert(1)</script>
                :description: "><script>alert(2)</script>
                :owner: <b>ISAM</b>

                Text.
                """);

        site.build();

        String html = site.read("x.html");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>ISAM</b>");
        assertThat(html).contains("&lt;b&gt;ISAM&lt;/b&gt;");
    }

    @Test
    void documentControlFromTheHeaderIsShownInABox() {
        FixtureSite site = FixtureSite.create(temp).page("rutin.adoc", """
                = Rutin
                :owner: Informationssäkerhetssamordnare (ISAM)
                :approved-by: VD
                :approved-date: 2025-11-14
                :doc-version: 2.0
                :next-review: 2027-11-30

                Text.
                """);

        site.build();

        String html = site.read("rutin.html");
        assertThat(html).contains("<dt>Dokumentägare</dt><dd>Informationssäkerhetssamordnare (ISAM)</dd>")
                .contains("<dt>Fastställd</dt><dd>2025-11-14</dd>")
                .contains("<dt>Nästa översyn</dt><dd>2027-11-30</dd>")
                .doesNotContain("Översyn försenad");
    }

    @Test
    void footerCarriesVersionBuildDateAndContact() {
        FixtureSite site = FixtureSite.create(temp);

        site.build();

        assertThat(site.read("index.html")).contains("Version 1.0-test").contains("Byggd 2026-11-28")
                .contains("Testsamordnare").contains("mailto:test@example.se");
    }

    @Test
    void organisationNameAndColoursComeFromConfiguration() {
        FixtureSite site = FixtureSite.create(temp);
        site.file("jbake.properties", """
                lis.organisation.name=Annat bolag AB
                lis.contact.name=Säkerhetsfunktionen
                lis.theme.primary=#123456
                template.page.file=page.ftlh
                template.search.file=search.ftlh
                """);

        site.build();

        assertThat(site.read("index.html")).contains("Annat bolag AB").doesNotContain("Testbolaget");
        assertThat(site.read("css/theme.css")).contains("--lis-primary: #123456;");
    }

    @Test
    void asciidocAdmonitionsUseTheSitesLanguage() {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", "= X\n\nNOTE: Viktig sak.\n");

        site.build();

        assertThat(site.read("x.html")).contains("Observera").doesNotContain(">Note<");
    }
}
