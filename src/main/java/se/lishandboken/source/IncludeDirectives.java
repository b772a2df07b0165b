package se.lishandboken.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code include::} lines of AsciiDoc, and where Asciidoctor finds their files in this build.
 * The site folder is Asciidoctor's base directory (and its jail), so a page's includes resolve from
 * the site folder; an included file's own includes resolve from that file's folder.
 */
public final class IncludeDirectives {
    /** How deep includes may nest; Asciidoctor is told the same. */
    public static final int MAX_DEPTH = 16;
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[", Pattern.MULTILINE);

    private IncludeDirectives() {
    }

    /** The target of the {@code include::} on this line; empty if the line is no include. */
    public static Optional<String> target(String line) {
        Matcher include = INCLUDE.matcher(line);
        return include.find() ? Optional.of(include.group(1)) : Optional.empty();
    }

    /** Every include target in {@code text}, in order. */
    public static List<String> targets(String text) {
        List<String> targets = new ArrayList<>();
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            targets.add(include.group(1));
        }
        return targets;
    }

    /** The file an include in a page reads. */
    public static Path fromPage(Path siteDir, String target) {
        return siteDir.toAbsolutePath().normalize().resolve(target).normalize();
    }

    /** The file an include inside an included file reads. */
    public static Path fromIncludedFile(Path includedFile, String target) {
        return includedFile.toAbsolutePath().normalize().getParent().resolve(target).normalize();
    }
}
