/**
 * The page model every stage after the bake reads: a {@link se.lishandboken.page.Page} with its
 * document control, sections and, for a management review, its {@link se.lishandboken.page.ReviewHeader} and
 * where it answers each input of ISO/IEC 27001:2022 9.3 ({@link se.lishandboken.page.IsoAnswer});
 * the warnings a page gives, in the build and in {@code lis check} alike ({@link se.lishandboken.page.Page#warnings});
 * and the build's stamp, {@link se.lishandboken.page.BuildInfo}.
 */
package se.lishandboken.page;
