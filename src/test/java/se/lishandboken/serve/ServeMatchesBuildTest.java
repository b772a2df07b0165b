package se.lishandboken.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.pipeline.BuildRequest;
import se.lishandboken.pipeline.SiteBuild;
import se.lishandboken.testsupport.FixtureSite;

/**
 * After an edit, lis serve's fast path leaves the same site a full build of the same sources writes:
 * pages, review PDFs, search index, asset CSV, version file, byte for byte.
 */
class ServeMatchesBuildTest {
    @TempDir
    Path temp;

    private final StringWriter console = new StringWriter();
    private PreviewSession session;

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private FixtureSite site() {
        return FixtureSite.create(temp).withRegister().withRegisterPages()
                .file("jbake.properties", FixtureSite.PROPERTIES + "template.review.file=review.ftlh\n")
                .page("rutiner/agare.adoc", "= Ägarens tillgångar\n\nlis::assets[owner=agare-a]\n")
                .page("granskning/2025.adoc", """
                        = Ledningens genomgång 2025
                        :jbake-type: review
                        :review-year: 2025
                        :review-date: 2025-03-04
                        :review-status: utkast

                        == 1 Sammanfattning

                        Arbetet gick enligt plan.

                        [#atgarder]
                        == 4 Åtgärder kommande 3 år

                        lis::review-plan[]
                        """);
    }

    @Test
    void editingAReviewsTextOrTheDataGivesWhatAFullBuildGives() throws Exception {
        FixtureSite site = site();
        session = PreviewSession.start(site.dir(), site.output(), 0, new PrintWriter(console, true), () -> FixtureSite.NOW);

        site.page("granskning/2025.adoc", Files.readString(site.dir().resolve("content/granskning/2025.adoc"))
                .replace("Arbetet gick enligt plan.", "Arbetet gick bättre än planerat."));
        session.rebuild(List.of(Path.of("content/granskning/2025.adoc")));
        site.replaceInData("assets.json", "\"name\": \"Webbplatsen\"", "\"name\": \"Nya webbplatsen\"");
        session.rebuild(List.of(Path.of("data/assets.json")));
        // Both edits took the fast path, not a full build.
        assertThat(console.toString()).contains("Sidan byggd om (content/granskning/2025.adoc)", "Sidan byggd om (data/assets.json)");

        Path full = temp.resolve("full");
        SiteBuild.run(new BuildRequest(site.dir(), full, null, FixtureSite.NOW));

        List<String> files = files(full);
        assertThat(files).contains("granskning/2025.html", "granskning/2025.pdf", "search-index.js", "version.json", "index.html");
        assertThat(files(site.output())).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(site.output().resolve(file))).as(file).isEqualTo(Files.readAllBytes(full.resolve(file)));
        }
        assertThat(Files.readString(site.output().resolve("granskning/2025.html"))).contains("Arbetet gick bättre än planerat.");
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
