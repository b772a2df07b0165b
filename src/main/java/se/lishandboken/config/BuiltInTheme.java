package se.lishandboken.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The theme that ships inside the tool: its templates, assets and UI texts, and the page types its
 * templates make. A site overrides any of its files by placing one with the same path in its own
 * {@code templates/} or {@code assets/} folder, and any UI text in its own {@code ui.properties}.
 *
 * <p>The theme is read where the tool's classes are: a folder when run from the build, the jar otherwise.
 */
public final class BuiltInTheme {
    /** The theme's folder on the class path. */
    static final String ROOT = "lis/theme";
    /** The page types of the theme's templates, as {@code template.TYPE.file} keys. */
    private static final String PAGE_TYPES = ROOT + "/theme.properties";
    /** The theme's templates on the class path, for a template loader. */
    public static final String TEMPLATES_RESOURCE = ROOT + "/templates";
    private static volatile Path root;

    private BuiltInTheme() {
    }

    /** The theme's templates folder. */
    public static Path templates() {
        return root().resolve("templates");
    }

    /** The theme's assets folder. */
    public static Path assets() {
        return root().resolve("assets");
    }

    /** The {@code template.TYPE.file} keys of the theme's page types; a site's own keys take precedence. */
    public static Map<String, String> pageTypes() {
        Properties keys = new Properties();
        try (InputStream in = BuiltInTheme.class.getClassLoader().getResourceAsStream(PAGE_TYPES)) {
            if (in == null) {
                throw new IllegalStateException("The tool lacks its built-in theme (" + PAGE_TYPES + ")");
            }
            keys.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> types = new java.util.TreeMap<>();
        keys.stringPropertyNames().forEach(key -> types.put(key, keys.getProperty(key)));
        return types;
    }

    private static Path root() {
        Path found = root;
        if (found == null) {
            synchronized (BuiltInTheme.class) {
                if (root == null) {
                    root = locate();
                }
                found = root;
            }
        }
        return found;
    }

    private static Path locate() {
        URL url = BuiltInTheme.class.getClassLoader().getResource(PAGE_TYPES);
        if (url == null) {
            throw new IllegalStateException("The tool lacks its built-in theme (" + PAGE_TYPES + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/" + ROOT);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the built-in theme at " + url, e);
        }
    }

    /** The jar as a file system, opened once and kept open for the life of the tool. */
    private static FileSystem jarFileSystem(URI resource) {
        String jar = resource.toString().substring(0, resource.toString().indexOf("!/") + 2);
        URI jarUri = URI.create(jar);
        try {
            return FileSystems.newFileSystem(jarUri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jarUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
