package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import se.lishandboken.config.SiteConfig;

/**
 * Where the ISAM placed the register's generated pages: the output path of each content stub, by
 * its {@code :jbake-type:} (assets, processing, actions, …). Read from the sources before baking,
 * because data blocks and asset pages link to these pages while the crawl is still running. The type
 * is read as Asciidoctor reads it: from the header, the last {@code :jbake-type:} (a page that gives
 * two is an error, {@link PageHeader}).
 */
public final class RegisterStubs {
    private static final String TYPE = "jbake-type";

    private RegisterStubs() {
    }

    /** Type to output path from the site root, e.g. {@code processing} to {@code register/registerforteckning.html}. */
    public static Map<String, String> find(SiteConfig config) {
        return find(config.contentDir(), ContentFiles.of(config));
    }

    private static Map<String, String> find(Path contentDir, ContentFiles content) {
        Map<String, String> stubs = new HashMap<>();
        for (Path file : content.pages()) {
            try {
                PageText.read(file).attribute(TYPE)
                        .ifPresent(type -> stubs.putIfAbsent(type, ContentFiles.uriOf(contentDir, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stubs;
    }
}
