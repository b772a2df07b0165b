package se.lishandboken.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import se.lishandboken.problem.BuildFailedException;
import se.lishandboken.problem.ProblemText;

/**
 * Reads and writes {@code DIR/journal.json}. A write is durable and atomic: the new journal is written
 * under a {@code .lis-} name, synced to disk, renamed over the old one and the folder synced, so after a
 * crash at any moment the journal is the old one or the new one, whole.
 */
final class JournalFile {
    static final String NAME = "journal.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JournalFile() {
    }

    /**
     * The journal in {@code dir}; empty if there is none yet (a publish folder from before journals).
     *
     * @throws BuildFailedException if the file is there but not a journal
     */
    static Optional<Journal> read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            List<JournalEntry> entries = new ArrayList<>();
            for (JsonNode entry : root.required("live")) {
                entries.add(new JournalEntry(entry.required("release").asText(), Instant.parse(entry.required("published").asText()),
                        Instant.parse(entry.required("wentLive").asText()),
                        JournalEntry.How.valueOf(entry.required("how").asText().toUpperCase(Locale.ROOT))));
            }
            return Optional.of(new Journal(entries));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new BuildFailedException(List.of(ProblemText.error(file, 0, "publish.journal.corrupt", String.valueOf(e.getMessage()))));
        }
    }

    /** Replaces the journal; {@code checkpoint} is told {@link PublishStep#JOURNALING} just before the rename. */
    static void write(Path dir, Journal journal, Checkpoint checkpoint) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode live = root.putArray("live");
        for (JournalEntry entry : journal.entries()) {
            live.addObject()
                    .put("release", entry.release())
                    .put("published", entry.published().toString())
                    .put("wentLive", entry.wentLive().toString())
                    .put("how", entry.how().name().toLowerCase(Locale.ROOT));
        }
        Path temporary = dir.resolve(ReleaseStore.WORK_PREFIX + "journal-" + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(root)));
                channel.force(true);
            }
            checkpoint.reached(PublishStep.JOURNALING);
            Files.move(temporary, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            FolderSync.sync(dir);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
