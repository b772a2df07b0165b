package se.lishandboken.page;

/**
 * A section heading of a page, for the page's table of contents and the search index.
 *
 * @param id the anchor
 * @param title plain text
 * @param level 1 for {@code ==}, 2 for {@code ===}
 */
public record Heading(String id, String title, int level) {
}
