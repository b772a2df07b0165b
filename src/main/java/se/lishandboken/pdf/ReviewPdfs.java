package se.lishandboken.pdf;

import java.nio.file.Path;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;

/**
 * Writes the PDF of every management review in a baked site, beside its page: {@code granskning/2024.pdf}.
 * The PDF is laid out with the theme's report stylesheet, {@value #STYLESHEET}, not the site's.
 */
public final class ReviewPdfs {
    /** The review PDF's stylesheet, from the site root: the theme's, or the site's own in its assets. */
    public static final String STYLESHEET = "css/review-print.css";

    private ReviewPdfs() {
    }

    /**
     * Renders one review page of the site in {@code outputDir} to {@code pdf}, stamped with the build:
     * the producer names the handbook and its version, the dates are the build's.
     */
    public static Path render(Path outputDir, Page page, Path pdf, String siteTitle, BuildInfo build) {
        return render(outputDir.resolve(page.uri()), outputDir, pdf, siteTitle, build);
    }

    /**
     * Renders the review page in the file {@code html} to {@code pdf}; its links resolve from the file's
     * folder, its stylesheet from the site in {@code outputDir}.
     */
    public static Path render(Path html, Path outputDir, Path pdf, String siteTitle, BuildInfo build) {
        return PdfRenderer.render(html, new PdfOptions(pdf, html.getParent().toUri().toString(),
                siteTitle + " " + build.version(), build.builtAt(), outputDir.resolve(STYLESHEET).toUri().toString()));
    }
}
