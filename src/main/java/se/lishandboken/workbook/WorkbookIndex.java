package se.lishandboken.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What xl/workbook.xml says about the sheets: their names, order, visibility and parts, and which
 * day a date's serial number 0 is.
 *
 * @param date1904 whether dates count from 1904 (old Mac Excel) rather than 1900
 * @param sheets   the sheets in workbook order
 */
record WorkbookIndex(boolean date1904, List<Sheet> sheets) {

    /**
     * @param name       the sheet's name
     * @param hidden     state hidden or veryHidden
     * @param relationId the r:id that leads to the sheet's part
     */
    record Sheet(String name, boolean hidden, String relationId) {
    }

    WorkbookIndex {
        sheets = List.copyOf(sheets);
    }

    static WorkbookIndex parse(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        Handler handler = new Handler();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.parse(new InputSource(workbookXml));
        return new WorkbookIndex(handler.date1904, handler.sheets);
    }

    private static final class Handler extends DefaultHandler {
        private boolean date1904;
        private final List<Sheet> sheets = new ArrayList<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (localName.equals("sheet")) {
                String name = attributes.getValue("name");
                String id = relationId(attributes);
                if (name == null || id == null) {
                    throw new SAXException("a sheet without a name or r:id in xl/workbook.xml");
                }
                String state = attributes.getValue("state");
                sheets.add(new Sheet(name, "hidden".equals(state) || "veryHidden".equals(state), id));
            }
        }

        /** The r:id attribute, whichever prefix and relationships namespace (transitional or strict) the file uses. */
        private static String relationId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getLocalName(i).equals("id") && attributes.getURI(i).endsWith("/relationships")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }
}
