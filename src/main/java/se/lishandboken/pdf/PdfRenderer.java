package se.lishandboken.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Writes an HTML page as a PDF/A-2u and PDF/UA-1 file: tagged for screen readers, every font
 * embedded, the sRGB output intent, and title, author, subject and language from the HTML head.
 */
public final class PdfRenderer {

    private PdfRenderer() {
    }

    /**
     * Renders {@code html} (a file whose print stylesheet lays out the pages) into {@code options.output()}.
     *
     * @return the PDF written
     */
    public static Path render(Path html, PdfOptions options) {
        try {
            Document document = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), options.baseUri());
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(options.output())) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.usePdfUaAccessibility(true);
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
                // The JDK's own sRGB profile: no file to ship, and it is the profile PDF/A expects.
                builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                PdfFonts.register(builder);
                builder.withProducer(options.producer());
                builder.withW3cDocument(new W3CDom().fromJsoup(document), options.baseUri());
                builder.toStream(out);
                builder.run();
            }
            return options.output();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
