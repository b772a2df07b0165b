package se.lishandboken.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

class SiteBakerTest {
    @TempDir
    Path temp;

    @Test
    void ourSafeEngineIsTheOneInForceForEveryAsciidocExtension() {
        JBakeSetup.registerAsciidocEngine();
        for (String extension : new String[] {"adoc", "ad", "asciidoc"}) {
            assertThat(Engines.get(extension)).as(extension).isInstanceOf(SafeAsciidoctorEngine.class);
        }
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
