package se.lishandboken.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import se.lishandboken.config.BuiltInTheme;

/**
 * The theme files a site is built with: the site's own {@code templates/} and {@code assets/} first,
 * then the tool's {@link BuiltInTheme}. A site file replaces the built-in file with the same path.
 */
public final class ThemeFiles {

    private ThemeFiles() {
    }

    /** The template {@code name}: the site's own if it has one, else the built-in theme's; null if neither has it. */
    public static Path template(Path siteTemplates, String name) {
        Path own = siteTemplates.resolve(name);
        if (Files.isRegularFile(own)) {
            return own;
        }
        Path builtIn = BuiltInTheme.templates().resolve(name);
        return Files.isRegularFile(builtIn) ? builtIn : null;
    }

    /** Whether {@code template} is the site's own rather than the built-in theme's. */
    public static boolean isOwn(Path siteTemplates, Path template) {
        return template.getFileSystem().equals(siteTemplates.getFileSystem()) && template.startsWith(siteTemplates);
    }

    /**
     * Every asset the site serves, by its path in the site ({@code css/lis.css}): the built-in theme's,
     * each replaced by the site's own file with the same path, and the site's other files.
     */
    public static SortedMap<String, Path> assets(Path siteAssets, String ignoreFileName, boolean skipHidden) {
        SortedMap<String, Path> assets = new TreeMap<>();
        for (Path root : new Path[] {BuiltInTheme.assets(), siteAssets}) {
            if (Files.isDirectory(root)) {
                ContentFiles.walk(root, ignoreFileName, skipHidden,
                        file -> assets.put(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'), file));
            }
        }
        return assets;
    }
}
