package se.lishandboken.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.site.SafeAsciidoctorEngine;

/** Reads an AsciiDoc file's title, header attributes and ids as text. */
final class SourcePageReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+)!?:\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(={2,6})\\s+(.+?)\\s*$");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\[\\[([\\w:.-]+)(?:,[^]]*)?]]|\\[#([\\w:.-]+)[^]]*]|anchor:([\\w:.-]+)\\[|\\[id=\"?([\\w:.-]+)");
    private static final Pattern DROPPED = Pattern.compile("<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d{2,5}|#x[\\da-f]{2,4});|[^ \\p{L}\\p{M}\\p{N}\\p{Pc}.-]");
    private static final Pattern SEPARATORS = Pattern.compile("[ .-]+");

    private SourcePageReader() {
    }

    static SourcePage read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = null;
        Map<String, String> attributes = new HashMap<>();
        Map<String, Integer> attributeLines = new HashMap<>();
        int line = 0;
        // The header: an optional title line, then attribute lines, up to the first blank line.
        for (; line < lines.size(); line++) {
            String text = lines.get(line);
            if (text.isBlank()) {
                break;
            }
            if (line == 0 && text.startsWith("= ")) {
                title = text.substring(2).strip();
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(text);
            if (attribute.matches()) {
                attributes.put(attribute.group(1), attribute.group(2).strip());
                attributeLines.put(attribute.group(1), line + 1);
            }
        }
        Set<String> ids = new HashSet<>();
        boolean explicitBefore = false;
        for (String text : lines) {
            Matcher explicit = EXPLICIT_ID.matcher(text);
            boolean found = false;
            while (explicit.find()) {
                for (int group = 1; group <= 4; group++) {
                    if (explicit.group(group) != null) {
                        ids.add(explicit.group(group));
                        found = true;
                    }
                }
            }
            Matcher section = SECTION.matcher(text);
            if (section.matches() && !explicitBefore) {
                ids.add(generatedId(section.group(2)));
            }
            explicitBefore = found && text.strip().startsWith("[");
        }
        return new SourcePage(file, lines, title, attributes, attributeLines, ids);
    }

    /**
     * The section id Asciidoctor generates with the prefix and separator the build sets: lower case,
     * markup and other punctuation dropped, spaces, dots and hyphens turned into the separator, e.g.
     * "2.1 Vad påverkar SBR: budget" gives "2-1-vad-påverkar-sbr-budget".
     */
    static String generatedId(String title) {
        String separator = SafeAsciidoctorEngine.ID_SEPARATOR;
        String id = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        id = DROPPED.matcher(id).replaceAll("");
        id = SEPARATORS.matcher(id).replaceAll(Matcher.quoteReplacement(separator));
        while (!separator.isEmpty() && id.endsWith(separator)) {
            id = id.substring(0, id.length() - separator.length());
        }
        return SafeAsciidoctorEngine.ID_PREFIX + id;
    }
}
