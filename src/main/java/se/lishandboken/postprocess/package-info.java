/**
 * Stage 5: jsoup passes over the baked HTML. They check every internal link and anchor, refuse any
 * resource from an external host, remove inline styles the Content-Security-Policy would block, and
 * write the offline search index. The entry point is {@link se.lishandboken.postprocess.PostProcessor#run}.
 */
package se.lishandboken.postprocess;
