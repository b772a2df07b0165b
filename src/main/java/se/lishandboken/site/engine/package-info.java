/**
 * The bake's machinery, with JBake's traps closed: AsciiDoc runs through
 * {@link se.lishandboken.site.engine.SafeAsciidoctorEngine} in SAFE mode, templates through
 * {@link se.lishandboken.site.engine.StrictFreemarkerEngine} with HTML auto-escaping, converted pages
 * are kept in the {@link se.lishandboken.site.engine.ConversionCache}, and the navigation is built once
 * per bake from the {@link se.lishandboken.site.engine.PageCatalog}. JBake's configuration, document model
 * and engine interfaces are kept; its {@code Oven} and content store are not used.
 * {@link se.lishandboken.site.engine.BakeSession} is what one bake shares between them.
 */
package se.lishandboken.site.engine;
