package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

/** Pages converted in an earlier build are reused only while everything they were made from is unchanged. */
class ConversionCacheTest {
    @TempDir
    Path temp;

    private static long entries(FixtureSite site) throws Exception {
        Path cache = site.dir().resolve(".lis/cache/conversions");
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @Test
    void aChangedPageIncludeOrDataBlockIsConvertedAgainAndWarningsComeBackFromTheCache() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages()
                .page("rutiner/a.adoc", "= Rutin A\n\ninclude::partials/text.adoc[]\n")
                .page("rutiner/b.adoc", "= Rutin B\n\nText B.\n")
                .page("rutiner/c.adoc", "= Rutin C\n\nlis::assets[owner=agare-a]\n")
                .file("partials/text.adoc", "Första texten.\n");

        var first = site.build();
        long cached = entries(site);
        assertThat(cached).isGreaterThanOrEqualTo(5);
        assertThat(first.conversions().reused()).isZero();
        // Every AsciiDoc page is converted: the start page, search, six register stubs and three routines.
        int pages = first.conversions().converted();
        assertThat(pages).isEqualTo(11);

        var second = site.build();
        // Nothing changed: every page comes from the cache, and its warnings with it.
        assertThat(second.conversions()).isEqualTo(new se.lishandboken.site.engine.ConversionCount(pages, 0));
        assertThat(second.warnings()).isEqualTo(first.warnings());
        assertThat(entries(site)).isEqualTo(cached);

        site.file("partials/text.adoc", "Andra texten.\n");
        site.page("rutiner/b.adoc", "= Rutin B\n\nNy text B.\n");
        site.replaceInData("assets.json", "\"name\": \"Webbplatsen\"", "\"name\": \"Nya webbplatsen\"");
        var third = site.build();

        // The page with the changed include, the changed page and the page with the data block; no other.
        assertThat(third.conversions()).isEqualTo(new se.lishandboken.site.engine.ConversionCount(pages - 3, 3));

        assertThat(site.read("rutiner/a.html")).contains("Andra texten.").doesNotContain("Första texten.");
        assertThat(site.read("rutiner/b.html")).contains("Ny text B.");
        assertThat(site.read("rutiner/c.html")).contains("Nya webbplatsen");
    }
}
