package se.lishandboken.postprocess;

/**
 * One internal or external link, or resource reference, as it stands in a page's HTML.
 *
 * @param target the {@code href} or {@code src}, stripped of surrounding white space
 * @param clicked whether it is an {@code <a>} that the reader follows, rather than a resource the page loads
 */
record PageLink(String target, boolean clicked) {
}
