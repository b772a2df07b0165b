package se.lishandboken.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's AsciiDoc read as text, as Asciidoctor reads it before it converts anything: the document
 * header (its title line and attribute entries), and which lines are prose. Lines in comments and in
 * verbatim blocks (listing {@code ----}, literal {@code ....}, passthrough {@code ++++}) are not prose:
 * Asciidoctor finds no macro, cross reference or anchor there.
 *
 * <p>The build reads the header's values from Asciidoctor and its lines from here; {@code lis check}
 * reads both from here.
 */
public final class PageText {
    /** Asciidoctor's attribute entry: {@code :name: value}, {@code :name!:} or {@code :!name:}. */
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?\\w[^:]*):(?:[ \\t]+(.*))?$");
    private static final Pattern TITLE = Pattern.compile("^[=#] +(\\S.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\{(\\w[\\w-]*)}");
    private static final Pattern DELIMITER = Pattern.compile("^(/{4,}|-{4,}|\\.{4,}|\\+{4,})$");

    /**
     * One attribute entry of the header.
     *
     * @param name the attribute's name, in lower case
     * @param value its value, stripped; empty if it has none; null if the entry unsets it
     * @param line the entry's 1-based line
     */
    public record Entry(String name, String value, int line) {
    }

    private final List<String> lines;
    private final boolean[] comment;
    private final boolean[] verbatim;
    private final int titleLine;
    private final List<Entry> header;

    private PageText(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.comment = new boolean[lines.size()];
        this.verbatim = new boolean[lines.size()];
        markBlocks();
        List<Entry> entries = new ArrayList<>();
        this.titleLine = readHeader(entries);
        this.header = List.copyOf(entries);
    }

    /** The page's text as the lines of {@code file}, read as UTF-8. */
    public static PageText read(Path file) throws IOException {
        return of(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static PageText of(List<String> lines) {
        return new PageText(lines);
    }

    public List<String> lines() {
        return lines;
    }

    /** Whether the page has no text at all (only blank lines). */
    public boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** The 1-based line of the document title ({@code = Title}); 0 if the page has none. */
    public int titleLine() {
        return titleLine;
    }

    /** The document title as written; empty if the page has none. */
    public Optional<String> title() {
        if (titleLine == 0) {
            return Optional.empty();
        }
        Matcher title = TITLE.matcher(lines.get(titleLine - 1));
        return title.matches() ? Optional.of(title.group(1).strip()) : Optional.empty();
    }

    /** The header's attribute entries, in order; an attribute set twice has two. */
    public List<Entry> header() {
        return header;
    }

    /** The header's entries for {@code name}, in order. */
    public List<Entry> entries(String name) {
        return header.stream().filter(entry -> entry.name().equals(name)).toList();
    }

    /**
     * The value the header leaves {@code name} with (the last entry wins), stripped, with references to
     * attributes set earlier in the header ({@code {name}}) replaced by their values: empty if the header
     * does not set it or unsets it, an empty string if it sets it without a value.
     */
    public Optional<String> value(String name) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        String result = null;
        boolean set = false;
        for (Entry entry : header) {
            String value = entry.value() == null ? null : resolve(entry.value(), values);
            if (value == null) {
                values.remove(entry.name());
            } else {
                values.put(entry.name(), value);
            }
            if (entry.name().equals(name)) {
                result = value;
                set = value != null;
            }
        }
        return set ? Optional.of(result) : Optional.empty();
    }

    /** As {@link #value}, but empty for a blank value too. */
    public Optional<String> attribute(String name) {
        return value(name).filter(value -> !value.isBlank());
    }

    private static String resolve(String value, java.util.Map<String, String> values) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String known = values.get(reference.group(1).toLowerCase(Locale.ROOT));
            reference.appendReplacement(resolved, Matcher.quoteReplacement(known == null ? reference.group() : known));
        }
        return reference.appendTail(resolved).toString();
    }

    /** The 1-based line of the last header entry for {@code name}; 0 if the header has none. */
    public int lineOf(String name) {
        List<Entry> entries = entries(name);
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).line();
    }

    /** Whether the 0-based line {@code index} is in a comment, where Asciidoctor processes nothing, not even an include. */
    public boolean isComment(int index) {
        return comment[index];
    }

    /** Whether the 0-based line {@code index} is prose: neither a comment nor in a verbatim block or on its delimiter. */
    public boolean isProse(int index) {
        return !comment[index] && !verbatim[index];
    }

    private void markBlocks() {
        String open = null;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (open != null) {
                boolean inComment = open.startsWith("/");
                comment[index] = inComment;
                verbatim[index] = !inComment;
                if (line.equals(open)) {
                    open = null;
                }
            } else if (DELIMITER.matcher(line).matches()) {
                open = line;
                comment[index] = line.startsWith("/");
                verbatim[index] = !comment[index];
            } else if (line.startsWith("//") && !line.startsWith("///")) {
                comment[index] = true;
            }
        }
    }

    /**
     * Reads the header as Asciidoctor does: blank lines, comments and attribute entries may come before
     * the title; after the title come an optional author and revision line, then attribute entries, up
     * to the first blank line. Returns the title's line, 0 if there is none.
     */
    private int readHeader(List<Entry> entries) {
        int index = 0;
        int title = 0;
        for (; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || comment[index]) {
                continue;
            }
            if (entry(index, entries)) {
                index = continuationEnd(index);
                continue;
            }
            if (!verbatim[index] && TITLE.matcher(line).matches()) {
                title = index + 1;
                index++;
            }
            break;
        }
        if (title == 0) {
            return 0;
        }
        int authorLines = 0;
        boolean entryAfterTitle = false;
        for (; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                break;
            }
            if (comment[index]) {
                continue;
            }
            if (entry(index, entries)) {
                index = continuationEnd(index);
                entryAfterTitle = true;
            } else if (!entryAfterTitle && authorLines < 2) {
                authorLines++; // the author line, then the revision line
            } else {
                break;
            }
        }
        return title;
    }

    private boolean entry(int index, List<Entry> entries) {
        Matcher entry = ATTRIBUTE_ENTRY.matcher(lines.get(index));
        if (!entry.matches()) {
            return false;
        }
        String name = entry.group(1);
        boolean unset = name.startsWith("!") || name.endsWith("!");
        name = name.replace("!", "").toLowerCase(Locale.ROOT);
        String value = entry.group(2) == null ? "" : entry.group(2);
        for (int next = index + 1; value.endsWith(" \\") && next < lines.size(); next++) {
            value = value.substring(0, value.length() - 2) + " " + lines.get(next).strip();
        }
        entries.add(new Entry(name, unset ? null : value.strip(), index + 1));
        return true;
    }

    /** The last line of an attribute entry whose value continues with a trailing backslash. */
    private int continuationEnd(int index) {
        int last = index;
        while (lines.get(last).endsWith(" \\") && last + 1 < lines.size()) {
            last++;
        }
        return last;
    }
}
