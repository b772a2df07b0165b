package se.lishandboken.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One AsciiDoc source as the lint reads it.
 *
 * @param file the file, absolute
 * @param lines its lines
 * @param title the document title ({@code = Title}); null if missing
 * @param attributes the header attributes, by name
 * @param attributeLines the line of each header attribute, 1-based
 * @param ids every id a link can point to: explicit ids and Asciidoctor's generated section ids
 */
record SourcePage(Path file, List<String> lines, String title, Map<String, String> attributes,
        Map<String, Integer> attributeLines, Set<String> ids) {
}
