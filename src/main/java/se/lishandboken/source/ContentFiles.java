package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The files of the content folder, as JBake's crawler would find them: AsciiDoc pages, and every
 * other file, which is copied into the site as it is. Hidden files and folders are skipped, and so is
 * a folder holding the ignore file ({@code .jbakeignore}).
 *
 * @param pages the AsciiDoc pages, sorted
 * @param others the other files, sorted
 */
public record ContentFiles(List<Path> pages, List<Path> others) {
    /** The endings of AsciiDoc pages: every such file under content/ is a page, converted by the site's own engine. */
    public static final Set<String> PAGE_EXTENSIONS = Set.of("adoc", "ad", "asciidoc");
    /** JBake's key for the name of the file that hides its folder from the bake. */
    private static final String IGNORE_FILE_KEY = "ignore.file";
    /** JBake's default name for that file. */
    public static final String DEFAULT_IGNORE_FILE = ".jbakeignore";

    public ContentFiles {
        pages = List.copyOf(pages);
        others = List.copyOf(others);
    }

    /** The content folder's files as the bake of {@code config}'s site finds them. */
    public static ContentFiles of(se.lishandboken.config.SiteConfig config) {
        return in(config.contentDir(), ignoreFileName(config));
    }

    /** The name of the file that hides its folder from the bake: {@code ignore.file} in jbake.properties, as JBake reads it. */
    public static String ignoreFileName(se.lishandboken.config.SiteConfig config) {
        String name = config.properties().get(IGNORE_FILE_KEY);
        return name == null || name.isBlank() ? DEFAULT_IGNORE_FILE : name.strip();
    }

    public static ContentFiles in(Path contentDir, String ignoreFileName) {
        List<Path> pages = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        if (Files.isDirectory(contentDir)) {
            walk(contentDir, ignoreFileName, true, file -> (isPage(file) ? pages : others).add(file));
        }
        pages.sort(null);
        others.sort(null);
        return new ContentFiles(pages, others);
    }

    public static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && PAGE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Every regular file under {@code root} that is not in an ignored folder; with {@code skipHidden},
     * hidden files and folders are left out too. Links are followed, as JBake follows them; {@link SourceCheck} has
     * refused any that leave the project.
     */
    public static void walk(Path root, String ignoreFileName, boolean skipHidden, java.util.function.Consumer<Path> action) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean skip = !dir.equals(root) && skipHidden && isHidden(dir) || Files.exists(dir.resolve(ignoreFileName));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof java.nio.file.FileSystemLoopException) {
                        return FileVisitResult.CONTINUE; // a link back to a folder above: its files are already listed
                    }
                    throw e;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !(skipHidden && isHidden(file))) {
                        action.accept(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's address in the site, as JBake's crawler gave it: its path under the content folder,
     * with the base name URL-encoded and {@code .html} for the extension.
     */
    public static String uriOf(Path contentDir, Path page) {
        Path relative = contentDir.toAbsolutePath().normalize().relativize(page.toAbsolutePath().normalize());
        String folder = relative.getParent() == null ? "" : relative.getParent().toString().replace(java.io.File.separatorChar, '/') + "/";
        String name = relative.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        return folder + java.net.URLEncoder.encode(base, java.nio.charset.StandardCharsets.UTF_8) + ".html";
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
