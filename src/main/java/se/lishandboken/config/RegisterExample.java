package se.lishandboken.config;

/**
 * The site's register is example data ({@code lis.register.example=true}): every page and PDF that shows
 * register figures says so.
 *
 * @param note the site's own wording ({@code lis.register.example-note}); null for the theme's
 */
public record RegisterExample(String note) {
}
