/**
 * Stage 4: bakes the handbook with an embedded JBake {@link org.jbake.app.Oven}.
 *
 * <p>JBake is used for what it does well (crawling, the content store, rendering each document with a
 * template) and its traps are closed here: AsciiDoc runs through {@link se.lishandboken.site.SafeAsciidoctorEngine}
 * in SAFE mode, templates through {@link se.lishandboken.site.StrictFreemarkerEngine} with HTML
 * auto-escaping, and the navigation is built once per bake from the {@link se.lishandboken.site.PageCatalog}.
 * The entry point is {@link se.lishandboken.site.SiteBaker#bake}.
 */
package se.lishandboken.site;
