/**
 * Stage 6: turns rendered HTML and a print stylesheet into an archivable, accessible PDF
 * (PDF/A-2u and PDF/UA-1) with openhtmltopdf. The entry point is {@link se.lishandboken.pdf.PdfRenderer#render}.
 */
package se.lishandboken.pdf;
