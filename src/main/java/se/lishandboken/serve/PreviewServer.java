package se.lishandboken.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site on 127.0.0.1 only, with the live-reload script added to every HTML page.
 * Paths are resolved inside the output folder; anything outside it, also through a link, or any folder, is a 404.
 */
final class PreviewServer implements AutoCloseable {
    static final String LIVE_PREFIX = "/__lis/";
    private static final String INJECT = "<link rel=\"stylesheet\" href=\"/__lis/live.css\">"
            + "<script src=\"/__lis/live.js\" defer></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("pdf", "application/pdf"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lis-serve");
        thread.setDaemon(true);
        return thread;
    });
    private final Path root;
    private final LiveEvents events;
    private final String language;

    PreviewServer(int port, Path root, LiveEvents events, String language) throws IOException {
        this.language = language;
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "405".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(LIVE_PREFIX + "events")) {
                stream(exchange);
            } else if (path.startsWith(LIVE_PREFIX)) {
                resource(exchange, path.substring(LIVE_PREFIX.length()));
            } else {
                file(exchange, path);
            }
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        events.connect(body);
        // Hold the exchange open until the tab goes away; LiveEvents writes to it.
        try {
            while (true) {
                Thread.sleep(15_000);
                body.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // The tab was closed or the server stopped.
        }
    }

    private void resource(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("live.js") && !name.equals("live.css")) {
            send(exchange, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream("/lis/serve/" + name)) {
            send(exchange, 200, type(name), in.readAllBytes());
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !isInsideRealRoot(file)) {
            String failure = events.lastFailure();
            byte[] body = (failure != null && !Files.exists(root.resolve("index.html")))
                    ? FailurePage.html(failure, language).getBytes(StandardCharsets.UTF_8)
                    : "404".getBytes(StandardCharsets.UTF_8);
            send(exchange, failure != null ? 200 : 404, failure != null ? TYPES.get("html") : "text/plain; charset=utf-8", body);
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int head = html.indexOf("</head>");
            body = (head < 0 ? html + INJECT : html.substring(0, head) + INJECT + html.substring(head)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, type(name), body);
    }

    /**
     * Whether {@code file}, every link followed, is still in the output folder: a link in it that leads
     * elsewhere ({@code /etc/passwd}) is a 404, like any file outside. The folder's own real path is
     * taken on each request, since a build may have replaced it.
     */
    private boolean isInsideRealRoot(Path file) {
        return se.lishandboken.files.ProjectBoundary.of(root).contains(file);
    }

    private static String type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
