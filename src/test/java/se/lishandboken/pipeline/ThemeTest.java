package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.testsupport.FixtureSite;

/** A site built with the built-in theme, and what a site changes by placing its own files beside it. */
class ThemeTest {
    @TempDir
    Path temp;

    @Test
    void aSiteWithoutTemplatesOrAssetsGetsTheBuiltInTheme() {
        FixtureSite site = FixtureSite.create(temp);

        site.build();

        assertThat(site.dir().resolve("templates")).doesNotExist();
        assertThat(site.output().resolve("css/lis.css")).isRegularFile();
        assertThat(site.output().resolve("js/search.js")).isRegularFile();
        assertThat(site.read("index.html")).contains("class=\"site-header\"", "css/lis.css");
    }

    @Test
    void aSiteFileReplacesTheBuiltInFileWithTheSamePathAndKeepsTheOthers() {
        FixtureSite site = FixtureSite.create(temp)
                .file("assets/css/lis.css", "/* egen stilmall */\nbody { color: #111; }\n")
                .file("assets/img/logga.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                .file("templates/page.ftlh", """
                        <#import "layout.ftlh" as layout>
                        <@layout.frame title=page.title><p class="egen-mall">${page.title}</p>${content.body?no_esc}</@layout.frame>
                        """);

        site.build();

        assertThat(site.read("css/lis.css")).startsWith("/* egen stilmall */");
        assertThat(site.output().resolve("css/print.css")).isRegularFile();
        assertThat(site.output().resolve("img/logga.svg")).isRegularFile();
        // the site's page template, inside the built-in layout it imports
        assertThat(site.read("index.html")).contains("<p class=\"egen-mall\">Startsida</p>", "class=\"site-header\"");
    }

    @Test
    void aSiteRenamesATermOnceAndEveryTextThatUsesItFollows() {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages()
                .file("ui.properties", "term.owner=systemägare\nterm.owner.definite=systemägaren\nfooter.contact=Kontakta oss\n");

        site.build();

        assertThat(site.read("register/tillgangar.html")).contains(">Systemägare<").doesNotContain("Objektägare");
        assertThat(site.read("register/klassning.html")).contains("Per systemägare");
        assertThat(site.read("index.html")).contains("Kontakta oss");
    }

    @Test
    void theSearchFormSendsItsQueryToTheSearchPageWhereverTheSiteKeepsIt() throws IOException {
        FixtureSite site = FixtureSite.create(temp);
        Files.delete(site.dir().resolve("content/sok.adoc"));
        site.page("hjalp/hitta.adoc", "= Hitta i handboken\n:jbake-type: search\n:nav-exclude:\n");

        site.build();

        assertThat(site.read("index.html")).contains("action=\"hjalp/hitta.html\"").doesNotContain("sok.html");
        assertThat(site.read("hjalp/hitta.html")).contains("action=\"../hjalp/hitta.html\"");
    }

    @Test
    void aSiteWithoutASearchPageHasNoSearchForm() throws IOException {
        FixtureSite site = FixtureSite.create(temp);
        Files.delete(site.dir().resolve("content/sok.adoc"));

        site.build();

        assertThat(site.read("index.html")).doesNotContain("role=\"search\"");
    }

    @Test
    void aRiskAboveTheSitesRiskScaleIsAnErrorAtItsPointer() {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .file("jbake.properties", FixtureSite.PROPERTIES + "lis.risk.levels=3\n");

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailedException.class, failure ->
                assertThat(failure.problems()).anySatisfy(problem -> {
                    assertThat(problem.location()).startsWith("data/risks.json").contains("#/risks/");
                    assertThat(problem.message()).contains("högre än riskskalans högsta värde, 3");
                }));
    }

    @Test
    void theFormerIncidentFieldStillReadsWithADeprecationWarning() {
        FixtureSite site = FixtureSite.create(temp).withRegister()
                .replaceInData("metrics.json", "\"reportedInIncidentSystem\"", "\"reportedInIA\"");

        BuildResult result = site.build();

        assertThat(result.warnings()).anySatisfy(problem -> {
            assertThat(problem.location()).contains("data/metrics.json").endsWith("/incidents/reportedInIA");
            assertThat(problem.message()).contains("reportedInIncidentSystem");
        });
    }

    @Test
    void aPageWithPartOfItsDocumentControlIsToldWhatIsMissing() {
        FixtureSite site = FixtureSite.create(temp).page("rutin.adoc", """
                = Rutin
                :owner: ISAM
                :approved-by: VD

                Text.
                """);

        BuildResult result = site.build();

        assertThat(result.warnings()).extracting(Problem::message)
                .contains("Sidans dokumentstyrning saknar :approved-date:, :doc-version:, :next-review:.");
    }

    @Test
    void aTextNamingAnUnknownTermFailsAtItsLine() {
        FixtureSite site = FixtureSite.create(temp).file("ui.properties", "# egna texter\nfooter.contact=Fråga {term.handlaggare}\n");

        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailedException.class, failure ->
                assertThat(failure.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.location()).isEqualTo("ui.properties:2");
                    assertThat(problem.message()).contains("{term.handlaggare}");
                }));
    }
}
