package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the ISAM placed the register's generated pages: the output path of each content stub, by
 * its {@code :jbake-type:} (assets, processing, actions, …). Read from the sources before baking,
 * because data blocks and asset pages link to these pages while the crawl is still running.
 */
public final class RegisterStubs {
    private static final Pattern TYPE = Pattern.compile("^:jbake-type:\\s*(\\S+)\\s*$");

    private RegisterStubs() {
    }

    /** Type to output path from the site root, e.g. {@code processing} to {@code register/registerforteckning.html}. */
    public static Map<String, String> find(Path contentDir) {
        Map<String, String> stubs = new HashMap<>();
        if (!Files.isDirectory(contentDir)) {
            return stubs;
        }
        try (Stream<Path> files = Files.walk(contentDir)) {
            for (Path file : files.filter(ContentFiles::isPage).sorted().toList()) {
                String type = typeOf(file);
                if (type != null) {
                    stubs.putIfAbsent(type, ContentFiles.uriOf(contentDir, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stubs;
    }

    private static String typeOf(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(40).map(TYPE::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse(null);
        }
    }
}
