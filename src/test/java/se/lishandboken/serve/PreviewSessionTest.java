package se.lishandboken.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lishandboken.testsupport.FixtureSite;

/** lis serve as a browser tab sees it: pages with the live script, reload after a save, an overlay for a broken file. */
class PreviewSessionTest {
    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final StringWriter console = new StringWriter();
    private PreviewSession session;
    private Thread watching;

    @AfterEach
    void stop() throws Exception {
        if (watching != null) {
            watching.interrupt();
        }
        if (session != null) {
            session.close();
        }
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The event names and data lines a tab receives, as "event: x" and "data: y" lines. */
    private BlockingQueue<String> subscribe() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + "/__lis/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("an event within a minute").isNotNull();
            if (line.startsWith("event: ")) {
                return line.substring("event: ".length());
            }
        }
    }

    @Test
    void aSaveReloadsTheTabABrokenFileShowsAnOverlayAndTheLastGoodSiteStays() throws Exception {
        FixtureSite site = FixtureSite.create(temp).page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera i IA.\n");
        session = PreviewSession.start(site.dir(), site.output(), 0, new PrintWriter(console, true), () -> FixtureSite.NOW);
        watching = new Thread(session::watch);
        watching.start();

        String page = get("/rutiner/incident.html");
        assertThat(page).contains("Rapportera i IA.", "<script src=\"/__lis/live.js\" defer></script>");
        assertThat(get("/__lis/live.js")).contains("EventSource('/__lis/events')");
        assertThat(status("/../jbake.properties")).isEqualTo(404);
        assertThat(status("/%2e%2e/jbake.properties")).isEqualTo(404);

        BlockingQueue<String> tab = subscribe();
        assertThat(nextEvent(tab)).isEqualTo("connected");

        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera i IA inom en timme.\n");
        assertThat(nextEvent(tab)).isEqualTo("reload");
        assertThat(get("/rutiner/incident.html")).contains("inom en timme");
        // A body edit re-renders only that page, and its search entries follow.
        assertThat(console.toString()).contains("Sidan byggd om (content/rutiner/incident.adoc)");
        assertThat(get("/search-index.js")).contains("inom en timme").doesNotContain("Rapportera i IA.\"");

        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nSe xref:finns-inte.adoc[sidan som saknas].\n");
        assertThat(nextEvent(tab)).isEqualTo("failed");
        assertThat(tab.poll(5, TimeUnit.SECONDS)).startsWith("data: Bygget misslyckades.");
        assertThat(String.join("\n", tab)).contains("content/rutiner/incident.adoc");
        assertThat(get("/rutiner/incident.html")).contains("inom en timme");
        assertThat(console.toString()).contains("Bygget misslyckades.", "content/rutiner/incident.adoc");

        site.page("rutiner/incident.adoc", "= Incidenthantering\n\nRapportera i IA inom en halvtimme.\n");
        assertThat(nextEvent(tab)).isEqualTo("reload");
        assertThat(get("/rutiner/incident.html")).contains("inom en halvtimme");

        // A new title shows in every page's navigation, so the whole site is rebuilt.
        site.page("rutiner/incident.adoc", "= Incidenter\n\nRapportera i IA inom en halvtimme.\n");
        assertThat(nextEvent(tab)).isEqualTo("reload");
        assertThat(get("/index.html")).contains(">Incidenter<");
        assertThat(console.toString()).contains("Byggt om (content/rutiner/incident.adoc)");

        // The site's own UI texts change every page.
        site.file("ui.properties", "footer.contact=Fråga säkerhetssamordnaren\n");
        assertThat(nextEvent(tab)).isEqualTo("reload");
        assertThat(get("/rutiner/incident.html")).contains("Fråga säkerhetssamordnaren");
    }

    @Test
    void aDataEditRerendersOnlyThePagesThatShowTheRegister() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages()
                .page("rutiner/agare.adoc", "= Ägarens tillgångar\n\nlis::assets[owner=agare-a]\n")
                .page("rutiner/text.adoc", "= Bara text\n\nIngen data här.\n");
        session = PreviewSession.start(site.dir(), site.output(), 0, new PrintWriter(console, true), () -> FixtureSite.NOW);
        BlockingQueue<String> tab = subscribe();
        assertThat(nextEvent(tab)).isEqualTo("connected");
        java.nio.file.attribute.FileTime untouched = java.nio.file.Files.getLastModifiedTime(site.output().resolve("rutiner/text.html"));

        // What the watcher does after a save, called directly: the test does not depend on file-system events.
        site.replaceInData("assets.json", "\"name\": \"Webbplatsen\"", "\"name\": \"Nya webbplatsen\"");
        session.rebuild(List.of(Path.of("data/assets.json")));
        assertThat(nextEvent(tab)).isEqualTo("reload");

        assertThat(console.toString()).contains("Sidan byggd om (data/assets.json)");
        assertThat(get("/register/tillgangar/T-WEBB.html")).contains("Nya webbplatsen");
        assertThat(get("/register/tillgangar.html")).contains("Nya webbplatsen");
        assertThat(get("/rutiner/agare.html")).contains("Nya webbplatsen");
        assertThat(get("/search-index.js")).contains("Nya webbplatsen");
        assertThat(java.nio.file.Files.getLastModifiedTime(site.output().resolve("rutiner/text.html"))).isEqualTo(untouched);
        assertThat(get("/register/tillgangar/T-STYRELSE.html")).isEqualTo("404");
    }

    @Test
    void anImportedWorkbookIsPickedUpLikeAnyDataEdit() throws Exception {
        FixtureSite site = FixtureSite.create(temp).withRegister().withRegisterPages();
        session = PreviewSession.start(site.dir(), site.output(), 0, new PrintWriter(console, true), () -> FixtureSite.NOW);
        watching = new Thread(session::watch);
        watching.start();
        BlockingQueue<String> tab = subscribe();
        assertThat(nextEvent(tab)).isEqualTo("connected");
        se.lishandboken.pipeline.BuildRequest request = new se.lishandboken.pipeline.BuildRequest(site.dir(), site.output(), null,
                FixtureSite.NOW);
        Path workbook = se.lishandboken.pipeline.RegisterExport.run(request, se.lishandboken.register.Visibility.LEDNING,
                temp.resolve("register.xlsx"));
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(workbook);
                org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheet("Tillgångar")) {
                if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Webbplatsen")) {
                    row.getCell(1).setCellValue("Webbplatsen från Excel");
                }
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }

        se.lishandboken.pipeline.RegisterImport.run(request, workbook, false, false);

        assertThat(nextEvent(tab)).isEqualTo("reload");
        assertThat(get("/register/tillgangar/T-WEBB.html")).contains("Webbplatsen från Excel");
    }
}
