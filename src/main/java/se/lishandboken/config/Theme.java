package se.lishandboken.config;

/**
 * The organisation's colours, written into the site's theme stylesheet.
 *
 * @param primary header and link colour; must keep 4.5:1 contrast against white
 * @param accent focus and highlight colour
 */
public record Theme(String primary, String accent) {
}
