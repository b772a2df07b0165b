/**
 * The page model every stage after the bake reads: a {@link se.lishandboken.page.Page} with its
 * document control, sections and, for a management review, its {@link se.lishandboken.page.ReviewHeader};
 * and the build's stamp, {@link se.lishandboken.page.BuildInfo}.
 */
package se.lishandboken.page;
