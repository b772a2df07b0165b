package se.lishandboken.register;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way a tool writes a data file: two-space indent, {@code "key": value}, every array element on
 * its own line, {@code []} for an empty array, UTF-8 with a final newline, properties in the order they
 * have. A file written this way reads back to the same bytes, so {@code git diff} shows only what changed.
 */
public final class DataJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private DataJson() {
    }

    /** The line ending {@code file} uses: CRLF if its first line ends so, LF otherwise. */
    public static String newlineOf(Path file) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int previous = -1;
            for (int next = in.read(); next != -1; next = in.read()) {
                if (next == '\n') {
                    return previous == '\r' ? "\r\n" : "\n";
                }
                previous = next;
            }
            return "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data file as a plain tree (no locations), numbers exactly as written. */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code tree} in the canonical form. */
    public static byte[] format(JsonNode tree) {
        return format(tree, "\n");
    }

    /**
     * {@code tree} in the canonical form with the line ending given: a file written on Windows keeps its
     * CRLF, or every line would show as changed.
     */
    public static byte[] format(JsonNode tree, String newline) {
        try {
            return (MAPPER.writer(new CanonicalPrinter(newline)).writeValueAsString(tree) + newline).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 of {@code tree}'s canonical form, written through the digest rather than into memory:
     * two trees with the same digest are written as the same bytes.
     */
    public static byte[] digest(JsonNode tree) {
        java.security.MessageDigest sha = se.lishandboken.files.Sha256.digest();
        try (java.io.OutputStream out = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha)) {
            MAPPER.writer(new CanonicalPrinter("\n")).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, tree);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    private static final class CanonicalPrinter extends DefaultPrettyPrinter {
        CanonicalPrinter(String newline) {
            super(DEFAULT_SEPARATORS.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""));
            indentObjectsWith(new DefaultIndenter("  ", newline));
            indentArraysWith(new DefaultIndenter("  ", newline));
        }

        private CanonicalPrinter(CanonicalPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CanonicalPrinter(this);
        }
    }
}
