/**
 * Stage 5: jsoup passes over the baked HTML, which they only read. They check every internal link
 * and anchor, refuse any resource from an external host, and write the offline search index. (The
 * page bodies were already made fit for the site's Content-Security-Policy when they were converted,
 * see {@code site.BodyHtml}.) The entry point is {@link se.lishandboken.postprocess.PostProcessor#run}.
 */
package se.lishandboken.postprocess;
