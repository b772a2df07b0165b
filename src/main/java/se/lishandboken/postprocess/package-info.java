/**
 * Stage 5: jsoup passes over the baked HTML, which they only read. They check every internal link
 * and anchor, refuse any resource from an external host, and write the offline search index. What
 * they need from a page is learned in one parse and kept in {@code .lis/cache/postprocess.bin}, so a
 * page whose HTML is unchanged is not parsed again; its links are still checked against the site as
 * it is now. (The page bodies were already made fit for the site's Content-Security-Policy when they
 * were converted, see {@code site.engine.BodyHtml}.) The entry point is
 * {@link se.lishandboken.postprocess.PostProcessor#run}.
 */
package se.lishandboken.postprocess;
