package se.lishandboken.rollup;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import se.lishandboken.export.ReviewExports;
import se.lishandboken.pdf.PdfOptions;
import se.lishandboken.pdf.PdfRenderer;

/** The summary page as a PDF/A-2u and PDF/UA-1 file, laid out with the roll-up's print stylesheet. */
final class RollupPdf {

    private RollupPdf() {
    }

    static Path write(Path summary, Path outputDir, Path pdf, String title, ZonedDateTime now) {
        return PdfRenderer.render(summary, new PdfOptions(pdf, summary.getParent().toUri().toString(),
                title + " (" + ReviewExports.tool() + ")", now, outputDir.resolve("css/rollup-print.css").toUri().toString()));
    }
}
