package se.lishandboken.postprocess;

import se.lishandboken.page.Page;

/**
 * One HTML file of a baked site, with what the passes need from it.
 *
 * @param uri its path relative to the output folder, with forward slashes
 * @param page the content page it was baked from, or null for a generated file
 * @param key its key in the {@link FactsCache}
 * @param facts its links, anchors, guard findings and search entries
 * @param reused whether the facts came from the cache, the file being unchanged since a build before
 */
record SitePage(String uri, Page page, String key, PageFacts facts, boolean reused) {
}
