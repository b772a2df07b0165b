package se.lishandboken.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lishandboken.source.SectionIds;

/** Reads an AsciiDoc file's title, header attributes and ids as text. */
final class SourcePageReader {
    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+)!?:\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(={2,6})\\s+(.+?)\\s*$");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\[\\[([\\w:.-]+)(?:,[^]]*)?]]|\\[#([\\w:.-]+)[^]]*]|anchor:([\\w:.-]+)\\[|\\[id=\"?([\\w:.-]+)");

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
                ids.add(SectionIds.generated(section.group(2)));
            }
            explicitBefore = found && text.strip().startsWith("[");
        }
        return new SourcePage(file, lines, title, attributes, attributeLines, ids);
    }
}
