package se.lishandboken.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's sections read from its text, and from the AsciiDoc files it includes, as Asciidoctor finds them:
 * a heading ({@code == Title} or {@code ## Title}) outside comments and delimited blocks, with its
 * block attribute lines before it (blank lines, comments and a block title may stand between them).
 * Its id is the last one given ({@code [#id]}, {@code [[id]]}, {@code [id=id]}), else an anchor at the end
 * of the title ({@code == Title [[id]]}), else the one Asciidoctor makes from the title ({@link SectionIds}).
 * A heading with the style {@code discrete} or {@code float} is no section.
 *
 * <p>{@code lis check} reads a page's sections here; the build reads their values from Asciidoctor and
 * their lines from here.
 */
public final class SectionText {
    private static final Pattern SECTION = Pattern.compile("^(={2,6}|#{2,6})\\s+(\\S.*?)(?:\\s+\\1)?\\s*$");
    private static final Pattern ANCHOR_AT_END = Pattern.compile("\\s*\\[\\[([\\p{L}_:][\\w:.-]*)(?:,[^]]*)?]]$");
    private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([\\p{L}_:][\\w:.-]*)(?:,[^]]*)?]]$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[(.*)]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s].*$");
    /** The delimiters of blocks whose content is not verbatim, and so may not hold a section. */
    private static final Pattern COMPOUND_DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|--|\\|={3,}|!={3,}|,={3,}|:={3,})$");
    private static final Pattern SHORTHAND_ID = Pattern.compile("#([^.#%]+)");
    private static final Pattern INCLUDE = Pattern.compile("^include::(\\S(?:[^\\[]*\\S)?)\\[.*]\\s*$");
    private static final String ISO = "iso";
    private static final String CONTROLS = "controls";

    private final Path siteDir;
    private final Function<Path, Path> shown;
    private final List<SectionSource> sections = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private SectionText(Path siteDir, Function<Path, Path> shown) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.shown = shown;
    }

    /**
     * The sections of the page {@code page}, whose text is {@code text}, in document order.
     *
     * @param siteDir the site folder, from which the page's includes resolve
     * @param shown a file as messages name it, e.g. relative to the site folder
     */
    public static List<SectionSource> read(Path siteDir, Path page, PageText text, Function<Path, Path> shown) throws IOException {
        SectionText reader = new SectionText(siteDir, shown);
        reader.scan(page.toAbsolutePath().normalize(), text, true, 0);
        return List.copyOf(reader.sections);
    }

    /** The attributes given to the next block: its id, style and {@code iso}. */
    private static final class Pending {
        String id;
        String style;
        String iso;
        String controls;
    }

    private void scan(Path file, PageText text, boolean page, int depth) throws IOException {
        Pending pending = new Pending();
        Deque<String> open = new ArrayDeque<>();
        for (int index = 0; index < text.lines().size(); index++) {
            String line = text.lines().get(index);
            Matcher include = INCLUDE.matcher(line);
            if (!text.isComment(index) && include.matches() && !include.group(1).contains("{")) {
                included(file, include.group(1), page, depth);
                continue;
            }
            if (text.isComment(index) || line.isBlank() || page && index + 1 == text.titleLine()) {
                continue;
            }
            if (!text.isProse(index)) {
                pending = taken(pending);
                continue;
            }
            if (COMPOUND_DELIMITER.matcher(line).matches()) {
                if (line.equals(open.peek())) {
                    open.pop();
                } else {
                    open.push(line);
                }
                pending = taken(pending);
                continue;
            }
            Matcher section = SECTION.matcher(line);
            if (section.matches() && open.isEmpty() && !"discrete".equals(pending.style) && !"float".equals(pending.style)) {
                add(file, index + 1, section.group(1).length() - 1, section.group(2), pending);
                pending = new Pending();
            } else if (BLOCK_ANCHOR.matcher(line).matches()) {
                Matcher anchor = BLOCK_ANCHOR.matcher(line);
                anchor.matches();
                pending.id = anchor.group(1);
            } else if (BLOCK_ATTRIBUTES.matcher(line).matches()) {
                attributes(BLOCK_ATTRIBUTES.matcher(line).replaceFirst("$1"), pending);
            } else if (BLOCK_TITLE.matcher(line).matches()) {
                continue;
            } else {
                DataBlock.on(line).filter(block -> block.name().equals("review-plan") && open.isEmpty())
                        .ifPresent(block -> holdsPlan());
                pending = taken(pending);
            }
        }
    }

    /**
     * Reads an attribute line into {@code pending}; a later line adds to, or overrides, an earlier one. The
     * first item, if it has no name and no quotes, is the style with its shorthands: {@code discrete},
     * {@code #id}, {@code .role}, {@code %option}.
     */
    private static void attributes(String list, Pending pending) {
        String first = list.split(",", 2)[0].strip();
        if (!first.isEmpty() && !first.contains("=") && !first.startsWith("\"") && !first.startsWith("'")) {
            Matcher id = SHORTHAND_ID.matcher(first);
            if (id.find()) {
                pending.id = id.group(1);
            }
            String style = first.split("[#.%]", 2)[0];
            if (!style.isEmpty()) {
                pending.style = style;
            }
        }
        AttributeList items = AttributeList.parse(list);
        if (items.named().containsKey("id")) {
            pending.id = items.named().get("id");
        }
        if (items.named().containsKey(ISO)) {
            pending.iso = items.named().get(ISO);
        }
        if (items.named().containsKey(CONTROLS)) {
            pending.controls = items.named().get(CONTROLS);
        }
    }

    private void add(Path file, int line, int level, String written, Pending pending) {
        String title = written;
        String id = pending.id;
        Matcher anchor = ANCHOR_AT_END.matcher(written);
        if (anchor.find()) {
            title = written.substring(0, anchor.start());
            id = id == null ? anchor.group(1) : id;
        }
        if (id == null) {
            id = SectionIds.unique(SectionIds.generated(title), ids);
        }
        ids.add(id);
        sections.add(new SectionSource(shown.apply(file), line, id, title.strip(), level, pending.iso, false, pending.controls));
    }

    /** Another block took the pending attributes: its id is taken, so no later section gets it made from its title. */
    private Pending taken(Pending pending) {
        if (pending.id != null) {
            ids.add(pending.id);
        }
        return new Pending();
    }

    /** Marks the section the review plan stands in: the last one begun. */
    private void holdsPlan() {
        if (!sections.isEmpty()) {
            SectionSource last = sections.remove(sections.size() - 1);
            sections.add(new SectionSource(last.file(), last.line(), last.id(), last.title(), last.level(), last.iso(), true, last.controls()));
        }
    }

    private void included(Path file, String target, boolean page, int depth) throws IOException {
        Path included = IncludeDirectives.followed(siteDir, file, target, page, depth).orElse(null);
        if (included == null) {
            return; // a missing or refused include is reported by IncludeDirectives.check
        }
        try {
            scan(included, PageText.read(included), false, depth + 1);
        } catch (CharacterCodingException notText) {
            // not UTF-8: no sections to find
        }
    }
}
