package se.lishandboken.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open browser tabs, as server-sent event streams. After a build each tab gets {@code reload},
 * or {@code failed} with the build's messages, which the tab shows as an overlay.
 */
final class LiveEvents {
    private final List<OutputStream> tabs = new CopyOnWriteArrayList<>();
    private volatile String lastFailure;

    /** Adds a tab; it is told at once if the last build failed. */
    void connect(OutputStream tab) {
        tabs.add(tab);
        String failure = lastFailure;
        send(tab, failure == null ? "connected" : "failed", failure == null ? "" : failure);
    }

    void built() {
        lastFailure = null;
        broadcast("reload", "");
    }

    void failed(String messages) {
        lastFailure = messages;
        broadcast("failed", messages);
    }

    /** The messages of the last build if it failed; null if it succeeded. */
    String lastFailure() {
        return lastFailure;
    }

    private void broadcast(String event, String data) {
        for (OutputStream tab : tabs) {
            send(tab, event, data);
        }
    }

    private void send(OutputStream tab, String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        message.append('\n');
        try {
            tab.write(message.toString().getBytes(StandardCharsets.UTF_8));
            tab.flush();
        } catch (IOException closed) {
            tabs.remove(tab);
            try {
                tab.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }
}
