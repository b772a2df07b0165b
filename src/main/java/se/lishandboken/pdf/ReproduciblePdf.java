package se.lishandboken.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF from openhtmltopdf reproducible: it stamps the wall-clock time into the document
 * information and the XMP metadata, and PDFBox draws a random document id. Both are replaced here,
 * by the build's time and by a digest of the pages, so the same sources give the same bytes.
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    static byte[] fix(byte[] pdf, ZonedDateTime created) throws IOException {
        Calendar date = GregorianCalendar.from(created);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentInformation().setCreationDate(date);
            document.getDocumentInformation().setModificationDate(date);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                metadata.importXMPMetadata(datedXmp(metadata, date));
            }
            byte[] id = Arrays.copyOf(digest(document, created), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] datedXmp(PDMetadata metadata, Calendar date) throws IOException {
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("the PDF's XMP metadata cannot be read back: " + e.getMessage(), e);
        }
    }

    /** A digest of what the reader sees: every page's content, and the date. */
    private static byte[] digest(PDDocument document, ZonedDateTime created) throws IOException {
        MessageDigest sha = se.lishandboken.files.Sha256.digest();
        sha.update(created.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (PDPage page : document.getPages()) {
            try (InputStream contents = page.getContents()) {
                sha.update(contents.readAllBytes());
            }
        }
        return sha.digest();
    }
}
