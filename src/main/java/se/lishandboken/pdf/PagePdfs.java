package se.lishandboken.pdf;

import java.nio.file.Path;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;

/**
 * Writes the PDF of a page that has one ({@link Page#hasPdf()}), beside the page: a management review's,
 * {@code granskning/2024.pdf}, and the Statement of Applicability's, {@code register/tillamplighet.pdf}.
 * Each is laid out with the theme's print stylesheet for its kind, not the site's.
 */
public final class PagePdfs {
    /** The review PDF's stylesheet, from the site root: the theme's, or the site's own in its assets. */
    public static final String REVIEW_STYLESHEET = "css/review-print.css";
    /** The Statement of Applicability's PDF stylesheet, from the site root; it builds on the review's. */
    public static final String SOA_STYLESHEET = "css/soa-print.css";

    private PagePdfs() {
    }

    /** The stylesheet {@code page}'s PDF is laid out with, from the site root. */
    static String stylesheet(Page page) {
        return page.review() != null ? REVIEW_STYLESHEET : SOA_STYLESHEET;
    }

    /**
     * Renders one page of the site in {@code outputDir} to {@code pdf}, stamped with the build:
     * the producer names the handbook and its version, the dates are the build's.
     */
    public static Path render(Path outputDir, Page page, Path pdf, String siteTitle, BuildInfo build) {
        return render(outputDir.resolve(page.uri()), page, outputDir, pdf, siteTitle, build);
    }

    /**
     * Renders {@code page} from the file {@code html} to {@code pdf}; its links resolve from the file's
     * folder, its stylesheet from the site in {@code outputDir}.
     */
    public static Path render(Path html, Page page, Path outputDir, Path pdf, String siteTitle, BuildInfo build) {
        return PdfRenderer.render(html, new PdfOptions(pdf, html.getParent().toUri().toString(),
                siteTitle + " " + build.version(), build.builtAt(), outputDir.resolve(stylesheet(page)).toUri().toString()));
    }
}
