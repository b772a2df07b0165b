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
        try {
            return (MAPPER.writer(new CanonicalPrinter()).writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
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
            MAPPER.writer(new CanonicalPrinter()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, tree);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    private static final class CanonicalPrinter extends DefaultPrettyPrinter {
        CanonicalPrinter() {
            super(DEFAULT_SEPARATORS.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""));
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
            indentArraysWith(new DefaultIndenter("  ", "\n"));
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
