package se.lishandboken.pdf;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.page.BuildInfo;
import se.lishandboken.page.Page;
import se.lishandboken.site.BakedSite;

/** Writes the PDF of every management review in a baked site, beside its page: {@code granskning/2024.pdf}. */
public final class ReviewPdfs {

    private ReviewPdfs() {
    }

    /** Renders each review page of {@code site} to PDF; returns the PDFs written. */
    public static List<Path> write(BakedSite site) {
        return site.pages().stream()
                .filter(page -> page.review() != null)
                .parallel()
                .map(page -> render(site.outputDir(), page, site.outputDir().resolve(page.pdfUri()), site.config().siteTitle(), site.build()))
                .toList();
    }

    /**
     * Renders one review page of the site in {@code outputDir} to {@code pdf}, stamped with the build:
     * the producer names the handbook and its version, the dates are the build's.
     */
    public static Path render(Path outputDir, Page page, Path pdf, String siteTitle, BuildInfo build) {
        Path html = outputDir.resolve(page.uri());
        return PdfRenderer.render(html, new PdfOptions(pdf, html.getParent().toUri().toString(),
                siteTitle + " " + build.version(), build.builtAt()));
    }
}
