package se.lishandboken.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

/** The same sources and the same build time (SOURCE_DATE_EPOCH) give the same bytes: pages, search index and PDFs. */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages()
                .file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                .page("granskning/2025.adoc", """
                        = Ledningens genomgång 2025
                        :jbake-type: review
                        :review-year: 2025
                        :review-date: 2025-03-04
                        :review-status: utkast

                        == Sammanfattning

                        Arbetet gick enligt plan.
                        """);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        SiteBuild.run(new BuildRequest(site.dir(), first, "1.0", FixtureSite.NOW));
        SiteBuild.run(new BuildRequest(site.dir(), second, "1.0", FixtureSite.NOW));
        // The build time is FixtureSite.NOW; the wall clock's day may show nowhere, as text or as a PDF date.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String[] wallClock = {today.toString(), "D:" + today.toString().replace("-", "")};

        List<String> files = relativeFiles(first);
        assertThat(files).contains("index.html", "search-index.js", "version.json", "granskning/2025.pdf");
        assertThat(relativeFiles(second)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
            assertThat(new String(Files.readAllBytes(first.resolve(file)), java.nio.charset.StandardCharsets.ISO_8859_1)).as(file)
                    .doesNotContain(wallClock);
        }
    }

    private static List<String> relativeFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        }
    }
}
