/**
 * Stage 4: bakes the handbook's pages and templates into HTML.
 *
 * <p>{@link se.lishandboken.site.SiteBaker#bake} reads the pages and renders them with the
 * {@link se.lishandboken.site.engine engine}, adds the pages made from data (an asset's page, a role's
 * page in the annual cycle), copies the static files and writes the asset CSV and the cycle's calendars.
 * {@link se.lishandboken.site.PageRefresher} re-renders single pages for {@code lis serve}.
 */
package se.lishandboken.site;
