import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * From saving a file to lis serve's reload signal, measured by a client of the preview's event stream:
 * it edits the file, then waits for the next "reload" event, N times, and prints the median in seconds.
 * Usage: java bench/EditLatency.java PORT FILE N
 * A .json file has its first "name" changed; any other file gets a line appended.
 */
public class EditLatency {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__lis/events")).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("event: "))
                        .forEach(line -> events.add(line.substring("event: ".length()))));
        expect(events, "connected", 30);
        List<Double> seconds = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String edited = file.toString().endsWith(".json")
                    ? text.replaceFirst("\"name\": \"", "\"name\": \"Ändrad " + i + " ")
                    : text + "\nÄndrad rad " + i + "\n";
            long start = System.nanoTime();
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            expect(events, "reload", 300);
            seconds.add((System.nanoTime() - start) / 1e9);
            Thread.sleep(500);
        }
        seconds.sort(null);
        System.out.printf(java.util.Locale.ROOT, "%.2f%n", seconds.get(seconds.size() / 2));
        System.exit(0);
    }

    private static void expect(BlockingQueue<String> events, String wanted, int timeoutSeconds) throws InterruptedException {
        while (true) {
            String event = events.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (event == null || event.equals("failed")) {
                throw new IllegalStateException("lis serve sent " + (event == null ? "nothing" : "'failed'") + " while waiting for " + wanted);
            }
            if (event.equals(wanted)) {
                return;
            }
        }
    }
}
