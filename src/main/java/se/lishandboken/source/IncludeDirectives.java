package se.lishandboken.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.files.ProjectBoundary;
import se.lishandboken.files.TextEncoding;
import se.lishandboken.problem.Problem;
import se.lishandboken.problem.ProblemText;

/**
 * The {@code include::} lines of AsciiDoc, where Asciidoctor finds their files in this build, and the
 * rule both the build and {@code lis check} apply to them. The site folder is Asciidoctor's base
 * directory (and its jail), so a page's includes resolve from the site folder; an included file's own
 * includes resolve from that file's folder.
 */
public final class IncludeDirectives {
    /** How deep includes may nest; Asciidoctor is told the same. */
    public static final int MAX_DEPTH = 16;
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[", Pattern.MULTILINE);
    private static final Pattern DIRECTIVE = Pattern.compile("^include::(\\S(?:[^\\[]*\\S)?)\\[(.*)]\\s*$");
    /** The endings of files whose lines Asciidoctor reads as AsciiDoc when they are included. */
    private static final List<String> ASCIIDOC_EXTENSIONS = List.of(".adoc", ".asciidoc", ".asc", ".ad", ".txt");
    private static final Pattern OPTIONAL = Pattern.compile("(?:^|[,\\s])(?:%optional|opts=\"?[^\"]*optional|options=\"?[^\"]*optional)");

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

    /**
     * The AsciiDoc file an include reads, for a scanner that follows includes as Asciidoctor does (section
     * ids, anchors): empty if it is too deep, outside the site folder, missing, or not AsciiDoc. Such an
     * include is reported by {@link #check}, not by the scanners.
     *
     * @param file the page or included file the include is in
     * @param inPage whether {@code file} is the page itself (its includes resolve from the site folder)
     * @param depth how deep {@code file} is in the chain of includes, 0 for the page
     */
    public static java.util.Optional<Path> followed(Path siteDir, Path file, String target, boolean inPage, int depth) {
        Path included = inPage ? fromPage(siteDir, target) : fromIncludedFile(file, target);
        boolean usable = included.getFileName() != null && depth + 1 < MAX_DEPTH && included.startsWith(siteDir)
                && Files.isRegularFile(included) && isAsciidoc(included);
        return usable ? java.util.Optional.of(included) : java.util.Optional.empty();
    }

    /**
     * Checks the includes of {@code page} and, in turn, of the AsciiDoc files they include, as Asciidoctor
     * will process them (not in comments; in verbatim blocks too): a file outside the site folder is refused,
     * a file that does not exist is reported unless the include is optional, and so is a file that is not
     * UTF-8 text ({@link TextEncoding}). A target that names an
     * attribute ({@code {partials}/a.adoc}) is left to Asciidoctor, which alone knows its value.
     *
     * @param shown a file as messages name it, e.g. relative to the site folder
     * @return the problems, each at the file and line of its include; empty if none
     */
    public static List<Problem> check(Path siteDir, Path page, Function<Path, Path> shown) {
        List<Problem> problems = new ArrayList<>();
        try {
            check(siteDir, page.toAbsolutePath().normalize(), true, 0, shown, problems, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * The files {@code page} includes, in turn, that are not UTF-8 text: of the problems {@link #check} finds,
     * those that must stop a build before Asciidoctor reads the files.
     */
    public static List<Problem> unreadable(Path siteDir, Path page, Function<Path, Path> shown) {
        List<Problem> unreadable = new ArrayList<>();
        try {
            check(siteDir, page.toAbsolutePath().normalize(), true, 0, shown, new ArrayList<>(), unreadable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unreadable;
    }

    private static void check(Path siteDir, Path file, boolean page, int depth, Function<Path, Path> shown, List<Problem> problems,
            List<Problem> unreadable) throws IOException {
        PageText text;
        try {
            text = PageText.read(file);
        } catch (java.nio.charset.CharacterCodingException notText) {
            return; // not UTF-8 text, so no include to follow in it
        }
        for (int index = 0; index < text.lines().size(); index++) {
            Matcher include = DIRECTIVE.matcher(text.lines().get(index));
            if (text.isComment(index) || !include.matches() || include.group(1).contains("{")) {
                continue;
            }
            String target = include.group(1);
            Path included = page ? fromPage(siteDir, target) : fromIncludedFile(file, target);
            if (!isInside(siteDir, included)) {
                problems.add(ProblemText.error(shown.apply(file), index + 1, "asciidoc.jail"));
            } else if (!Files.isRegularFile(included)) {
                if (!OPTIONAL.matcher(include.group(2)).find()) {
                    problems.add(ProblemText.error(shown.apply(file), index + 1, "include.missing", target));
                }
            } else {
                Optional<Problem> encoding = TextEncoding.problem(included, shown.apply(included));
                encoding.ifPresent(unreadable::add);
                if (encoding.isEmpty() && depth + 1 < MAX_DEPTH && isAsciidoc(included)) {
                    check(siteDir, included, false, depth + 1, shown, problems, unreadable);
                }
            }
        }
    }

    /** Whether Asciidoctor reads {@code file}'s lines as AsciiDoc, and so processes the includes in it. */
    private static boolean isAsciidoc(Path file) {
        String name = file.getFileName().toString();
        return ASCIIDOC_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Whether {@code file} is inside the site folder, also after following links. */
    private static boolean isInside(Path siteDir, Path file) {
        return file.startsWith(siteDir.toAbsolutePath().normalize()) && ProjectBoundary.of(siteDir).contains(file);
    }
}
