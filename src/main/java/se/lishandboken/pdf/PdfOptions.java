package se.lishandboken.pdf;

import java.nio.file.Path;
import java.time.ZonedDateTime;

/**
 * How to write one PDF.
 *
 * @param output the PDF file to write
 * @param baseUri where relative links and stylesheets in the HTML resolve from (the HTML file's folder)
 * @param producer the producer recorded in the PDF's metadata, e.g. "LIS-handboken 0.1"
 * @param created the creation date recorded in the PDF: the build's time, so a rebuild gives the same bytes
 * @param stylesheet the one stylesheet the PDF is laid out with, instead of the page's own (a URI); null to use the page's
 */
public record PdfOptions(Path output, String baseUri, String producer, ZonedDateTime created, String stylesheet) {

    /** Options that lay the PDF out with the page's own stylesheets (their print media). */
    public PdfOptions(Path output, String baseUri, String producer, ZonedDateTime created) {
        this(output, baseUri, producer, created, null);
    }
}
