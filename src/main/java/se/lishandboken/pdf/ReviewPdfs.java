package se.lishandboken.pdf;

import java.nio.file.Path;
import java.util.List;
import se.lishandboken.site.BakedSite;
import se.lishandboken.site.Page;

/** Writes the PDF of every management review in a baked site, beside its page: {@code granskning/2024.pdf}. */
public final class ReviewPdfs {

    private ReviewPdfs() {
    }

    /** Renders each review page of {@code site} to PDF; returns the PDFs written. */
    public static List<Path> write(BakedSite site) {
        String producer = site.config().siteTitle() + " " + site.build().version();
        return site.pages().stream()
                .filter(page -> page.review() != null)
                .parallel()
                .map(page -> render(site, page, producer))
                .toList();
    }

    private static Path render(BakedSite site, Page page, String producer) {
        Path html = site.outputDir().resolve(page.uri());
        Path pdf = site.outputDir().resolve(pdfUri(page));
        return PdfRenderer.render(html, new PdfOptions(pdf, html.getParent().toUri().toString(), producer, site.build().builtAt()));
    }

    /** Where a review's PDF goes, from the site root: the page's path with {@code .pdf}. */
    public static String pdfUri(Page page) {
        return page.uri().substring(0, page.uri().length() - ".html".length()) + ".pdf";
    }
}
