/**
 * {@code lis check}'s page checks: the build without rendering, in about a second, so an editor or CI
 * can run it on every save. Every rule is the build's own, from the one place the build takes it:
 *
 * <ul>
 *   <li>which files are pages, and which names they may have: {@link se.lishandboken.source.ContentFiles},
 *       {@link se.lishandboken.source.SourceCheck}, {@link se.lishandboken.source.PageNames};</li>
 *   <li>the templates and the page types they make usable: {@link se.lishandboken.site.engine.TemplateCheck},
 *       {@link se.lishandboken.site.engine.SafeAsciidoctorEngine#pageTypes};</li>
 *   <li>each page's header (title, type, dates, navigation order, review header):
 *       {@link se.lishandboken.source.PageHeader} over {@link se.lishandboken.source.PageText};</li>
 *   <li>each page's sections (a review's {@code iso=} marks, the inputs of ISO/IEC 27001 9.3 it leaves unanswered,
 *       the ids its template reserves): {@link se.lishandboken.source.PageSections} over
 *       {@link se.lishandboken.source.SectionText};</li>
 *   <li>includes: {@link se.lishandboken.source.IncludeDirectives#check}; {@code lis::} blocks:
 *       {@link se.lishandboken.source.DataBlock}; the warnings a page gives: {@link se.lishandboken.page.Page#warnings}
 *       and, for the example texts it still holds, {@link se.lishandboken.source.ExampleTexts};</li>
 *   <li>the reviews' seals: {@link se.lishandboken.view.ReviewFigures} and {@link se.lishandboken.seal.SealCheck}.</li>
 * </ul>
 *
 * <p>Links are the one rule the build applies to its HTML, which check does not make: {@link se.lishandboken.lint.Xref}
 * gives the link Asciidoctor makes of each cross reference, {@link se.lishandboken.lint.MacroTarget} the address of
 * each {@code link:} and {@code image:} macro, and {@link se.lishandboken.lint.SiteLinks} applies the build's link
 * rule to them, in the build's words.
 *
 * <p>What only Asciidoctor or the templates can tell stays with the build: values and include paths that name
 * an attribute ({@code {name}}) other than one set in the page's own header; cross references, links, images
 * and data blocks inside included files; ids that only the converted HTML or the templates have
 * (the templates' own, bibliography entries); Asciidoctor's own warnings (e.g. a section level skipped); template errors;
 * and links in the rendered pages that no cross reference made (navigation, register pages, review figures).
 * The build also stops at the first stage with errors, so a site with several kinds of error may show fewer
 * of them in {@code lis build} than in {@code lis check}, which reports them all at once.
 */
package se.lishandboken.lint;
