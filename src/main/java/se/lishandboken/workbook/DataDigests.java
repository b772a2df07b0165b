package se.lishandboken.workbook;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import se.lishandboken.register.DataJson;

/**
 * A digest of each data file's content, by file name: written into the workbook at export and compared at
 * import, so that a workbook older than the data cannot silently undo what was changed since.
 *
 * @param digests the SHA-256 of each file's canonical form, in hex
 */
record DataDigests(Map<String, String> digests) {

    DataDigests {
        digests = Map.copyOf(digests);
    }

    static DataDigests of(RegisterTrees trees) {
        Map<String, String> digests = new LinkedHashMap<>();
        trees.files().forEach((name, tree) -> digests.put(name, HexFormat.of().formatHex(DataJson.digest(tree))));
        return new DataDigests(digests);
    }

    /** The property's value, e.g. {@code assets.json=ab12…;processes.json=…}; null if the workbook has none. */
    static DataDigests parse(String property) {
        if (property == null) {
            return null;
        }
        Map<String, String> digests = new LinkedHashMap<>();
        for (String entry : property.split(";")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                digests.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return new DataDigests(digests);
    }

    /** Whether {@code file} was exported with the content whose digest is {@code now}; a file the export lacked counts as changed. */
    boolean unchanged(String file, byte[] now) {
        return HexFormat.of().formatHex(now).equals(digests.get(file));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(digests).forEach((name, digest) -> text.append(text.isEmpty() ? "" : ";").append(name).append('=').append(digest));
        return text.toString();
    }
}
