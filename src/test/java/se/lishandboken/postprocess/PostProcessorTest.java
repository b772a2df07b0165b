package se.lishandboken.postprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.config.ConfigLoader;
import se.lishandboken.config.SiteConfig;
import se.lishandboken.history.SiteHistory;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.Problem;
import se.lishandboken.register.RegisterLoader;
import se.lishandboken.register.Visibility;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.SiteBaker;
import se.lishandboken.testsupport.FixtureSite;

/**
 * Post-processing with the cache of what it learned from each page: an unchanged page is not parsed
 * again, yet its links are checked against the site as it is now, its resources are still guarded and
 * its search entries are still in the index.
 */
class PostProcessorTest {
    /** The start page, the search page and the two routines. */
    private static final int PAGES = 4;

    @TempDir
    Path temp;

    private int bakes;

    /** A routine that links to a page and a section of another, which is not in the navigation (so removing it changes no other page). */
    private FixtureSite siteWithLinks() {
        return FixtureSite.create(temp)
                .page("rutiner/a.adoc", """
                        = Rutin A

                        Text om incidenter.

                        Se xref:b.adoc[rutin B] och xref:b.adoc#ansvar[ansvaret].
                        """)
                .page("rutiner/b.adoc", """
                        = Rutin B
                        :nav-exclude:

                        Inledning.

                        [#ansvar]
                        == Ansvar

                        Objektägaren ansvarar för klassningen.
                        """);
    }

    /** Bakes the site's intranet edition into a new folder and post-processes it, as lis build does. */
    private PostProcessed process(FixtureSite site) throws IOException {
        return process(site, Visibility.INTRANET);
    }

    private PostProcessed process(FixtureSite site, Visibility edition) throws IOException {
        SiteConfig config = ConfigLoader.load(site.dir());
        LocalDate today = FixtureSite.NOW.atZone(config.timeZone()).toLocalDate();
        BuildInfo stamp = new BuildInfo("1.0-test", null, FixtureSite.NOW.atZone(config.timeZone()), edition);
        Path output = Files.createDirectories(temp.resolve("bake-" + ++bakes));
        var register = RegisterLoader.load(config, today).register();
        BakedSite baked = SiteBaker.bake(config, edition == Visibility.INTRANET ? register.forIntranet() : register, stamp,
                SiteHistory.NONE, output);
        return PostProcessor.process(baked);
    }

    private String searchIndex() throws IOException {
        return Files.readString(temp.resolve("bake-" + bakes).resolve(SearchIndexWriter.INDEX_FILE), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondBuildParsesNoUnchangedPageAndAChangedPageOnly() throws IOException {
        FixtureSite site = siteWithLinks();

        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), 0, PAGES));
        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), PAGES, 0));

        site.page("rutiner/b.adoc", Files.readString(site.dir().resolve("content/rutiner/b.adoc")).replace("Inledning.", "Ny inledning."));
        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), PAGES - 1, 1));
    }

    @Test
    void deletingAPageThatAnUnchangedPageLinksToStillFailsTheBuild() throws IOException {
        FixtureSite site = siteWithLinks();
        process(site);

        Files.delete(site.dir().resolve("content/rutiner/b.adoc"));
        PostProcessed after = process(site);

        // Page A was not parsed again, yet its link to the removed page is found.
        assertThat(after.parsed()).isZero();
        assertThat(after.problems()).filteredOn(Problem::isError).extracting(Problem::location, Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple("content/rutiner/a.adoc:5",
                        "Trasig länk: 'b.html' — målet rutiner/b.html finns inte."));
        BuildFailedException failure = catchThrowableOfType(BuildFailedException.class, site::build);
        assertThat(failure.problems()).filteredOn(Problem::isError)
                .anySatisfy(problem -> {
                    assertThat(problem.location()).isEqualTo("content/rutiner/a.adoc:5");
                    assertThat(problem.message()).startsWith("Trasig länk: 'b.html'");
                });
    }

    @Test
    void renamingAnAnchorThatAnUnchangedPageLinksToFailsTheBuild() throws IOException {
        FixtureSite site = siteWithLinks();
        process(site);

        site.page("rutiner/b.adoc", Files.readString(site.dir().resolve("content/rutiner/b.adoc")).replace("[#ansvar]", "[#roller]"));
        PostProcessed after = process(site);

        assertThat(after.parsed()).as("only the changed page B is parsed").isEqualTo(1);
        assertThat(after.problems()).filteredOn(Problem::isError).extracting(Problem::location, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("content/rutiner/a.adoc:5",
                        "Trasigt ankare: 'b.html#ansvar' — rutiner/b.html har inget avsnitt med id 'ansvar'."));
    }

    @Test
    void anUnchangedPagesSearchEntriesAreInTheIndexAsAFullRunWritesIt() throws IOException {
        FixtureSite site = siteWithLinks();
        process(site);
        String full = searchIndex();

        site.page("rutiner/a.adoc", Files.readString(site.dir().resolve("content/rutiner/a.adoc")).replace("incidenter", "avvikelser"));
        PostProcessed cached = process(site);
        String fromCache = searchIndex();
        Files.delete(site.dir().resolve(".lis/cache/postprocess.bin"));
        PostProcessed uncached = process(site);

        assertThat(cached.reused()).isEqualTo(PAGES - 1);
        assertThat(uncached.reused()).isZero();
        assertThat(fromCache).isEqualTo(searchIndex()).isNotEqualTo(full)
                .contains("Objektägaren ansvarar för klassningen.", "rutiner/b.html#ansvar", "Text om avvikelser.");
    }

    @Test
    void anExternalResourceOnAnUnchangedPageFailsEveryBuild() throws IOException {
        FixtureSite site = FixtureSite.create(temp).page("x.adoc", "= X\n\nText.\n\nimage::https://example.com/logga.png[Logga]\n");

        PostProcessed first = process(site);
        PostProcessed second = process(site);

        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.problems()).filteredOn(Problem::isError).extracting(Problem::location)
                .containsExactly("content/x.adoc:5");
    }

    @Test
    void aDamagedOrUnreadableCacheIsOnlyAMiss() throws IOException {
        FixtureSite site = siteWithLinks();
        process(site);
        String full = searchIndex();
        Path cache = site.dir().resolve(".lis/cache/postprocess.bin");
        byte[] stored = Files.readAllBytes(cache);

        byte[] flipped = stored.clone();
        flipped[flipped.length / 2] ^= 0x20;
        Files.write(cache, flipped);
        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), 0, PAGES));
        assertThat(searchIndex()).isEqualTo(full);

        Files.write(cache, java.util.Arrays.copyOf(stored, stored.length / 3));
        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), 0, PAGES));

        Files.delete(cache);
        Files.createDirectory(cache);
        assertThat(process(site)).isEqualTo(new PostProcessed(java.util.List.of(), 0, PAGES));
        assertThat(searchIndex()).isEqualTo(full);
    }

    @Test
    void theManagementEditionIsNeitherKeptNorTakenFromTheCache() throws IOException {
        FixtureSite site = siteWithLinks().withRegister();
        process(site);
        Path cache = site.dir().resolve(".lis/cache/postprocess.bin");
        byte[] intranet = Files.readAllBytes(cache);

        assertThat(process(site, Visibility.LEDNING)).isEqualTo(new PostProcessed(java.util.List.of(), 0, PAGES));
        assertThat(process(site, Visibility.LEDNING).reused()).isZero();
        assertThat(Files.readAllBytes(cache)).isEqualTo(intranet);
    }
}
