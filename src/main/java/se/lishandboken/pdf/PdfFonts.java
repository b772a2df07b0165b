package se.lishandboken.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts every PDF embeds: DejaVu Sans and DejaVu Sans Mono from the jasperreports-fonts jar.
 * PDF/A requires every glyph's font inside the file, so no system font is ever used: the print
 * stylesheet names these families for all text, code included.
 *
 * <p>The fonts are embedded without their glyph substitutions (the {@code GSUB} table): PDFBox would
 * otherwise set "fi", "fl" and "ff" as ligature glyphs, which copy as U+FB01 and its kin ("ﬁnns") and
 * which a screen reader may read wrong.
 */
final class PdfFonts {
    /** The family name print stylesheets use. */
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";
    /** The font files as embedded, read once. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

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
        byte[] font = FILES.computeIfAbsent(file, PdfFonts::withoutSubstitutions);
        builder.useFont(() -> new ByteArrayInputStream(font), family, weight, style, true);
    }

    private static byte[] withoutSubstitutions(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + FOLDER + file + " (jasperreports-fonts on the classpath?)");
            }
            return hideSubstitutions(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renames the {@code GSUB} table of a TrueType font in its table directory, so PDFBox applies no
     * ligatures. The table's data stays where it is; the subset PDFBox embeds leaves it out.
     */
    static byte[] hideSubstitutions(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
                byte[] copy = font.clone();
                System.arraycopy("xSUB".getBytes(StandardCharsets.US_ASCII), 0, copy, record, 4);
                return copy;
            }
        }
        return font;
    }
}
