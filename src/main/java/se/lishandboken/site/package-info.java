/**
 * Stage 4: bakes the handbook's pages and templates into HTML.
 *
 * <p>JBake's configuration ({@code jbake.properties}), document model and engine interfaces are kept,
 * and its traps are closed here: AsciiDoc runs through {@link se.lishandboken.site.SafeAsciidoctorEngine}
 * in SAFE mode, templates through {@link se.lishandboken.site.StrictFreemarkerEngine} with HTML
 * auto-escaping, and the navigation is built once per bake from the {@link se.lishandboken.site.PageCatalog}.
 * JBake's {@code Oven} is not used: {@link se.lishandboken.site.SiteBaker#bake} reads the pages
 * ({@code DocumentReader}), renders them ({@code DocumentWriter}) and copies the static files
 * ({@code StaticFiles}) itself, on all cores and without JBake's content store.
 */
package se.lishandboken.site;
