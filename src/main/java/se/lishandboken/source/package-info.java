/**
 * The handbook's source files as both the build and {@code lis check} see them, and the rules both hold
 * them to, each in one place: which files are pages ({@link se.lishandboken.source.ContentFiles}) and
 * which names they may have ({@link se.lishandboken.source.PageNames}); a page's text and header
 * ({@link se.lishandboken.source.PageText}, {@link se.lishandboken.source.PageHeader}); where an
 * {@code include::} finds its file and whether it may ({@link se.lishandboken.source.IncludeDirectives});
 * the {@code lis::} data blocks ({@link se.lishandboken.source.DataBlock}); which links leave the project
 * ({@link se.lishandboken.source.SourceCheck}); the example texts a page still holds
 * ({@link se.lishandboken.source.ExampleTexts}); the register's stub pages, and the ids sections get; a page's
 * sections as the text shows them ({@link se.lishandboken.source.SectionText}) and the rules they are held to,
 * a review's {@code iso=} marks and reserved ids among them ({@link se.lishandboken.source.PageSections}).
 */
package se.lishandboken.source;
