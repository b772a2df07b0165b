package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lishandboken.register.DataJson;
import se.lishandboken.register.Visibility;

/**
 * The register's data files as JSON trees, by file name: what the workbook is written from and merged
 * into. Working on the trees rather than the records keeps every field the workbook has no column for.
 *
 * @param files the trees by file name, e.g. {@code assets.json}; a file the site lacks is absent
 * @param newlines the line ending of each file that has another than LF (a file saved on Windows: CRLF)
 */
public record RegisterTrees(Map<String, JsonNode> files, Map<String, String> newlines) {

    public RegisterTrees {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        newlines = Map.copyOf(newlines);
    }

    public RegisterTrees(Map<String, JsonNode> files) {
        this(files, Map.of());
    }

    /** The files of {@code dataDir} that the workbook has sheets for. */
    public static RegisterTrees read(Path dataDir, List<String> fileNames) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        Map<String, String> newlines = new LinkedHashMap<>();
        for (String name : fileNames) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, DataJson.read(file));
                String newline = DataJson.newlineOf(file);
                if (!newline.equals("\n")) {
                    newlines.put(name, newline);
                }
            }
        }
        return new RegisterTrees(files, newlines);
    }

    /** The line ending to write {@code name} with. */
    String newline(String name) {
        return newlines.getOrDefault(name, "\n");
    }

    /** The tree of {@code name}; null if the site has no such file. */
    JsonNode file(String name) {
        return files.get(name);
    }

    /** The ids of every record only management may see, in any file. */
    Set<String> managementOnlyIds() {
        Set<String> ids = new HashSet<>();
        for (JsonNode tree : files.values()) {
            tree.forEach(array -> array.forEach(record -> {
                if (Visibility.LEDNING_NAME.equals(record.path("visibility").asText())) {
                    ids.add(record.path("id").asText());
                }
            }));
        }
        return ids;
    }
}
