/**
 * The city roll-up ({@code lis rollup}): the published reviews of many organisations
 * ({@code granskning/2024.data.json}, see {@link se.lishandboken.export}) side by side in one static,
 * accessible site with a summary page, a heat map, a page per organisation with its trends, and a PDF.
 * {@link se.lishandboken.rollup.Rollup#run} is the entry point. Each organisation is read on its own, its
 * page written and its files let go before the next, so memory grows with the summary's rows only; bad
 * input of one organisation is reported on its page and the summary and does not stop the others.
 */
package se.lishandboken.rollup;
