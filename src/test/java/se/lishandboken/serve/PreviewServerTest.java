package se.lishandboken.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server serves the output folder and nothing else, however its files are linked. */
class PreviewServerTest {
    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewServer server;
    private Path output;

    @BeforeEach
    void start() throws Exception {
        output = Files.createDirectories(temp.resolve("site/output"));
        Files.writeString(output.resolve("index.html"), "<html><head></head><body>Start</body></html>");
        Files.writeString(temp.resolve("hemlig.txt"), "HEMLIGT-LÖSENORD-4711");
        server = new PreviewServer(0, output, new LiveEvents(), "sv");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLinkInTheOutputFolderToAFileOutsideIsNotFound() throws Exception {
        Files.createSymbolicLink(output.resolve("passwd.txt"), temp.resolve("hemlig.txt"));
        Files.createSymbolicLink(output.resolve("mapp"), temp);

        for (String path : new String[] {"/passwd.txt", "/mapp/hemlig.txt"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("HEMLIGT");
        }
    }

    @Test
    void aLinkThatStaysInTheOutputFolderIsServed() throws Exception {
        Files.createDirectories(output.resolve("rutiner"));
        Files.writeString(output.resolve("rutiner/a.html"), "<html><head></head><body>Rutin A</body></html>");
        Files.createSymbolicLink(output.resolve("senaste.html"), Path.of("rutiner/a.html"));

        assertThat(get("/senaste.html").statusCode()).isEqualTo(200);
        assertThat(get("/senaste.html").body()).contains("Rutin A", "/__lis/live.js");
        assertThat(get("/").body()).contains("Start");
    }

    @Test
    void anOutputFolderThatIsItselfALinkIsServed() throws Exception {
        server.close();
        Path linked = Files.createSymbolicLink(temp.resolve("live"), output);
        server = new PreviewServer(0, linked, new LiveEvents(), "sv");

        assertThat(get("/index.html").statusCode()).isEqualTo(200);
        Files.createSymbolicLink(output.resolve("passwd.txt"), temp.resolve("hemlig.txt"));
        assertThat(get("/passwd.txt").statusCode()).isEqualTo(404);
    }
}
