/**
 * The handbook's source files as both the build and {@code lis check} see them: which files are pages
 * ({@link se.lishandboken.source.ContentFiles}), where an {@code include::} finds its file
 * ({@link se.lishandboken.source.IncludeDirectives}), which links leave the project
 * ({@link se.lishandboken.source.SourceCheck}), the register's stub pages, and the ids sections get.
 */
package se.lishandboken.source;
