package se.lishandboken.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes an HTML page as a PDF/A-2u and PDF/UA-1 file: tagged for screen readers, every font
 * embedded, the sRGB output intent, and title, author, subject, keywords and language from the HTML head.
 * On the way the page becomes a printed report: its table of contents lists every section with its page
 * ({@link TableOfContents}), its footnotes move to the end ({@link Endnotes}) and values stay whole on a
 * line ({@link WholeValues}).
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf logs every stylesheet and every CSS property it skips; failures still throw.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    /**
     * Gives every heading an id. openhtmltopdf 1.1.65 tags a heading as H1–H6 in the structure tree
     * only if it has one; without it the heading is a plain Div and PDF/UA-1 (7.4.2) fails.
     */
    static void identifyHeadings(Document document) {
        int next = 1;
        for (var heading : document.select("h1:not([id]), h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])")) {
            heading.id("pdf-rubrik-" + next++);
        }
    }

    /**
     * Gives every SVG its title as {@code alt}: openhtmltopdf tags an SVG as a Figure and takes the
     * Figure's replacement text, which PDF/UA-1 (7.3) requires, from that attribute only.
     */
    static void describeSvgs(Document document) {
        for (Element svg : document.select("svg:not([alt])")) {
            Element title = svg.selectFirst("> title");
            String text = title != null ? title.text() : svg.attr("aria-label");
            if (!text.isBlank()) {
                svg.attr("alt", text);
            }
        }
    }

    /**
     * Adds the PDF's bookmarks (its outline): one per section heading in the main content, h3 under
     * the h2 before it and h4 under the h3. openhtmltopdf reads them from a {@code <bookmarks>} element in the head.
     */
    static void addBookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        Element section = null;
        Element subsection = null;
        for (Element heading : document.select("main h2[id], main h3[id], main h4[id]")) {
            if (heading.closest("nav") != null) {
                continue;
            }
            Element parent = heading.nameIs("h2") ? bookmarks
                    : heading.nameIs("h4") && subsection != null ? subsection
                    : section != null ? section : bookmarks;
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            if (heading.nameIs("h2")) {
                section = bookmark;
                subsection = null;
            } else if (heading.nameIs("h3")) {
                subsection = bookmark;
            }
        }
    }

    /** The metadata a PDF's information dictionary holds besides the title: the web's own (viewport, referrer, …) stays out. */
    private static final java.util.Set<String> DOCUMENT_METADATA = java.util.Set.of("author", "subject", "keywords");

    /** Removes every {@code <meta>} but author, subject and keywords: openhtmltopdf writes any other into the PDF's information. */
    static void keepDocumentMetadata(Document document) {
        for (Element meta : document.select("meta")) {
            if (!DOCUMENT_METADATA.contains(meta.attr("name").toLowerCase(java.util.Locale.ROOT))) {
                meta.remove();
            }
        }
    }

    /** Lays the page out with {@code stylesheet} alone: the site's screen and print stylesheets are for the web. */
    static void useStylesheet(Document document, String stylesheet) {
        document.select("link[rel~=(?i)stylesheet], style").remove();
        document.head().appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
    }

    /**
     * Renders {@code html} (a file whose print stylesheet lays out the pages) into {@code options.output()}.
     *
     * @return the PDF written
     */
    public static Path render(Path html, PdfOptions options) {
        try {
            Document document = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), options.baseUri());
            if (options.stylesheet() != null) {
                useStylesheet(document, options.stylesheet());
            }
            keepDocumentMetadata(document);
            Endnotes.gather(document);
            identifyHeadings(document);
            TableOfContents.fill(document);
            addBookmarks(document);
            describeSvgs(document);
            WholeValues.keep(document);
            // Form controls are screen-only; openhtmltopdf would still lay them out in an unembeddable font.
            document.select("form, input, button, select, textarea, script").remove();
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            // The JDK's own sRGB profile: no file to ship, and it is the profile PDF/A expects.
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            PdfFonts.register(builder);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.withProducer(options.producer());
            builder.withW3cDocument(new W3CDom().fromJsoup(document), options.baseUri());
            builder.toStream(out);
            builder.run();
            Files.write(options.output(), ReproduciblePdf.fix(out.toByteArray(), options.created()));
            return options.output();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
