package se.lishandboken.postprocess;

/**
 * One searchable section. Short property names keep the index small on a phone.
 *
 * @param u the section's url, relative to the site root, with its anchor
 * @param p the page title
 * @param s the section heading, empty for the text before the first heading
 * @param x the section's text
 */
record SearchEntry(String u, String p, String s, String x) {
}
