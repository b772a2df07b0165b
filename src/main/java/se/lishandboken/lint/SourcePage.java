package se.lishandboken.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.lishandboken.page.Heading;
import se.lishandboken.page.Page;
import se.lishandboken.source.PageHeader;
import se.lishandboken.source.PageText;

/**
 * One page as {@code lis check} reads it: the build's page model, from the text instead of from Asciidoctor.
 *
 * @param file the file, absolute
 * @param source the file relative to the site folder, as messages name it
 * @param text its text
 * @param header its header, read by the build's rules
 * @param headings its sections, read by the build's rules; empty if the build does not render the page
 * @param uri its address, relative to the site root
 * @param written where the build writes it, relative to the site root (a draft's name ends in "-draft")
 * @param anchors the ids its HTML will have
 */
record SourcePage(Path file, Path source, PageText text, PageHeader header, List<Heading> headings, String uri, String written,
        PageAnchors anchors) {

    /**
     * The page as the build's catalog would hold it; empty if the build does not render it (a management
     * review without a valid review header).
     */
    Optional<Page> page() {
        if (!header.isUsable()) {
            return Optional.empty();
        }
        return Optional.of(header.page(source, uri, text.title().orElse(file.getFileName().toString()), headings));
    }

    /** The page's file name without its ending: Asciidoctor's {@code docname}. */
    String docname() {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
