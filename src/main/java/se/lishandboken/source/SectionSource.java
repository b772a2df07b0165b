package se.lishandboken.source;

import java.nio.file.Path;

/**
 * One section of a page as a reader found it, before {@link PageSections} holds it to the rules: the
 * build reads it from Asciidoctor's document, {@code lis check} from the text ({@link SectionText}).
 *
 * @param file the file it is written in (the page, or a file the page includes), as messages name it
 * @param line its heading's 1-based line in that file; 0 if not known
 * @param id its id, given or made from its title
 * @param title its title, plain text
 * @param level 1 for {@code ==}, 2 for {@code ===}
 * @param iso its {@code iso} attribute as written, e.g. {@code 9.3.2-b 9.3.2-c}; null if it has none
 * @param holdsPlan whether {@code lis::review-plan[]} stands in it, not in a subsection
 * @param controls its {@code controls} attribute as written, e.g. {@code 5.15,5.18}; null if it has none
 */
public record SectionSource(Path file, int line, String id, String title, int level, String iso, boolean holdsPlan, String controls) {

    /** A section that names no controls. */
    public SectionSource(Path file, int line, String id, String title, int level, String iso, boolean holdsPlan) {
        this(file, line, id, title, level, iso, holdsPlan, null);
    }
}
