package se.lishandboken.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;

/**
 * The fonts every PDF embeds: DejaVu Sans and DejaVu Sans Mono from the jasperreports-fonts jar.
 * PDF/A requires every glyph's font inside the file, so no system font is ever used: the print
 * stylesheet names these families for all text, code included.
 */
final class PdfFonts {
    /** The family name print stylesheets use. */
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        add(builder, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        add(builder, "DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC);
        add(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
    }

    private static void add(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        if (PdfFonts.class.getClassLoader().getResource(FOLDER + file) == null) {
            throw new IllegalStateException("Missing font " + FOLDER + file + " (jasperreports-fonts on the classpath?)");
        }
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        return PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file);
    }
}
