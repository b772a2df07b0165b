package se.lishandboken.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
public record RegisterTrees(Map<String, JsonNode> files) {

    public RegisterTrees {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The files of {@code dataDir} that the workbook has sheets for. */
    public static RegisterTrees read(Path dataDir, List<String> fileNames) {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (String name : fileNames) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, DataJson.read(file));
            }
        }
        return new RegisterTrees(files);
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
