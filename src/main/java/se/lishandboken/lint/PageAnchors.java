package se.lishandboken.lint;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.source.IncludeDirectives;
import se.lishandboken.source.PageText;
import se.lishandboken.source.SectionIds;

/**
 * The anchors a page's HTML will have, as far as its text and the files it includes show them:
 * explicit ids ({@code [#id]}, {@code [[id]]}, {@code anchor:id[]}), the ids Asciidoctor generates
 * for sections without one ({@link SectionIds}, "-2" for the second section of the same title), and
 * those of footnotes ({@code _footnotedef_1} and {@code _footnoteref_1} for the first).
 *
 * @param ids every id, in document order
 * @param titles each section title (as written) to its id, for cross references by title
 */
record PageAnchors(Set<String> ids, Map<String, String> titles) {
    private static final Pattern SECTION = Pattern.compile("^(?:={2,6}|#{2,6})\\s+(\\S.*?)(?:\\s+=+)?\\s*$");
    private static final Pattern INLINE_ANCHOR_AT_END = Pattern.compile("\\s*\\[\\[([\\w:][\\w:.-]*)(?:,[^]]*)?]]$");
    private static final Pattern EXPLICIT_ID = Pattern.compile(
            "\\[\\[([\\w:][\\w:.-]*)(?:,[^]]*)?]]|\\[[\\w-]*#([\\w:][\\w:.-]*)[^]]*]|anchor:([\\w:][\\w:.-]*)\\[|\\[id=\"?([\\w:][\\w:.-]*)");
    /** A footnote with text (a footnote with an id and no text repeats an earlier one). */
    private static final Pattern FOOTNOTE = Pattern.compile("footnote:(?:[\\w-]*)\\[(?!])");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[.*]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s].*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::(\\S(?:[^\\[]*\\S)?)\\[.*]\\s*$");

    /** The anchors of the page {@code page}, with the ids of the files it includes. */
    static PageAnchors of(Path siteDir, Path page, PageText text) throws IOException {
        PageAnchors anchors = new PageAnchors(new LinkedHashSet<>(), new LinkedHashMap<>());
        anchors.scan(siteDir.toAbsolutePath().normalize(), page.toAbsolutePath().normalize(), text, true, 0);
        return anchors;
    }

    private void scan(Path siteDir, Path file, PageText text, boolean page, int depth) throws IOException {
        String pendingId = null;
        for (int index = 0; index < text.lines().size(); index++) {
            String line = text.lines().get(index);
            Matcher include = INCLUDE.matcher(line);
            if (!text.isComment(index) && include.matches() && !include.group(1).contains("{")) {
                included(siteDir, file, include.group(1), page, depth);
                continue;
            }
            if (!text.isProse(index)) {
                pendingId = null;
                continue;
            }
            String explicit = explicitIds(line);
            footnotes(line);
            Matcher section = SECTION.matcher(line);
            if (section.matches() && index + 1 != text.titleLine()) {
                String title = section.group(1);
                Matcher inline = INLINE_ANCHOR_AT_END.matcher(title);
                String id = pendingId;
                if (inline.find()) {
                    id = inline.group(1);
                    title = title.substring(0, inline.start());
                }
                if (id == null) {
                    id = SectionIds.unique(SectionIds.generated(title), ids);
                    ids.add(id);
                }
                titles.putIfAbsent(title.strip(), id);
                pendingId = null;
            } else if (BLOCK_ATTRIBUTES.matcher(line).matches()) {
                pendingId = explicit != null ? explicit : pendingId;
            } else if (!BLOCK_TITLE.matcher(line).matches()) {
                pendingId = null;
            }
        }
    }

    /** Adds the ids of the footnotes on the line, numbered on from those before. */
    private void footnotes(String line) {
        Matcher footnote = FOOTNOTE.matcher(line);
        while (footnote.find()) {
            int number = 1;
            while (ids.contains("_footnotedef_" + number)) {
                number++;
            }
            ids.add("_footnotedef_" + number);
            ids.add("_footnoteref_" + number);
        }
    }

    /** Adds every explicit id on the line; returns the last, or null if none. */
    private String explicitIds(String line) {
        String last = null;
        Matcher explicit = EXPLICIT_ID.matcher(line);
        while (explicit.find()) {
            for (int group = 1; group <= explicit.groupCount(); group++) {
                if (explicit.group(group) != null) {
                    ids.add(explicit.group(group));
                    last = explicit.group(group);
                }
            }
        }
        return last;
    }

    private void included(Path siteDir, Path file, String target, boolean page, int depth) throws IOException {
        Path included = IncludeDirectives.followed(siteDir, file, target, page, depth).orElse(null);
        if (included == null) {
            return; // a missing or refused include is reported by IncludeDirectives.check
        }
        try {
            scan(siteDir, included, PageText.read(included), false, depth + 1);
        } catch (CharacterCodingException notText) {
            // not UTF-8: no ids to find
        }
    }
}
