package se.lishandboken.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import se.lishandboken.workbook.WorkbookUnreadableException.Reason;

/**
 * Reads an .xlsx workbook's cells, sheet by sheet, with POI's event API: each sheet's XML streams
 * through a SAX handler that keeps only the non-empty cells, so memory grows with what the sheets
 * hold, not with their XML or POI's object model. Formulas are read as their text, never as their
 * cached results.
 */
public final class WorkbookReader {
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());
    /** The start of the messages POI's zip-bomb checks throw with (ZipArchiveThresholdInputStream, ZipSecureFile). */
    private static final String ZIP_BOMB = "Zip bomb detected!";
    private static final String TOO_MANY_ENTRIES = ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0,
            ZipSecureFile.MAX_FILE_COUNT_MSG.indexOf('.'));

    /**
     * The most non-empty cells a workbook may hold, all sheets together; more is {@link Reason#TOO_LARGE}.
     * Twenty times 100,000 rows of 10 columns: each cell read takes some 100 bytes of heap.
     */
    public static final int MAX_CELLS = 2_000_000;

    private WorkbookReader() {
    }

    public static ReadWorkbook read(Path file) throws WorkbookUnreadableException {
        return read(file, MAX_CELLS);
    }

    /** Every sheet at once; {@link #open} reads one sheet at a time, so that only one is in memory. */
    static ReadWorkbook read(Path file, long maxCells) throws WorkbookUnreadableException {
        try (Opened opened = open(file, maxCells)) {
            List<ReadSheet> sheets = new ArrayList<>();
            for (SheetName sheet : opened.sheets()) {
                sheets.add(opened.read(sheet.name()));
            }
            return new ReadWorkbook(opened.customProperties(), sheets);
        }
    }

    /** A sheet's name and whether it is hidden, known before its cells are read. */
    public record SheetName(String name, boolean hidden) {
    }

    /**
     * Opens {@code file} to read its sheets one by one: the caller picks the order, and a sheet's cells can
     * be let go before the next is read.
     */
    public static Opened open(Path file) throws WorkbookUnreadableException {
        return open(file, MAX_CELLS);
    }

    static Opened open(Path file, long maxCells) throws WorkbookUnreadableException {
        checkIsZip(file);
        OPCPackage pkg = openPackage(file);
        try {
            checkIsSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookIndex index;
            try (InputStream in = reader.getWorkbookData()) {
                index = WorkbookIndex.parse(in);
            }
            CellDecoder decoder = new CellDecoder(new ReadOnlySharedStringsTable(pkg, false),
                    new DateStyles(reader.getStylesTable()), index.date1904());
            return new Opened(pkg, reader, index, decoder, customProperties(pkg), maxCells);
        } catch (WorkbookUnreadableException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | XmlException
                | RuntimeException e) {
            // A corrupt package can fail anywhere inside POI, with checked and unchecked exceptions alike.
            pkg.revert();
            throw failure(e);
        }
    }

    /** An open workbook: its properties and sheet names, and each sheet's cells when asked for. */
    public static final class Opened implements AutoCloseable {
        private final OPCPackage pkg;
        private final XSSFReader reader;
        private final WorkbookIndex index;
        private final CellDecoder decoder;
        private final Map<String, String> customProperties;
        private final long maxCells;
        private long cellsLeft;

        private Opened(OPCPackage pkg, XSSFReader reader, WorkbookIndex index, CellDecoder decoder,
                Map<String, String> customProperties, long maxCells) {
            this.pkg = pkg;
            this.reader = reader;
            this.index = index;
            this.decoder = decoder;
            this.customProperties = java.util.Collections.unmodifiableMap(customProperties);
            this.maxCells = maxCells;
            this.cellsLeft = maxCells;
        }

        /** The custom document properties that hold text, in file order. */
        public Map<String, String> customProperties() {
            return customProperties;
        }

        /** The sheets in workbook order, hidden ones included. */
        public List<SheetName> sheets() {
            return index.sheets().stream().map(sheet -> new SheetName(sheet.name(), sheet.hidden())).toList();
        }

        /**
         * The sheet with the name, compared ignoring case as Excel does; null if there is none. The cells of
         * every sheet read count towards {@link #MAX_CELLS}.
         */
        public ReadSheet read(String name) throws WorkbookUnreadableException {
            for (WorkbookIndex.Sheet sheet : index.sheets()) {
                if (sheet.name().equalsIgnoreCase(name)) {
                    try {
                        WorksheetHandler handler = new WorksheetHandler(decoder, cellsLeft);
                        ReadSheet read = readSheet(reader, sheet, handler, maxCells);
                        cellsLeft -= handler.cellCount();
                        return read;
                    } catch (WorkbookUnreadableException e) {
                        throw e;
                    } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
                        throw failure(e);
                    }
                }
            }
            return null;
        }

        @Override
        public void close() {
            // Opened to read only: nothing to save.
            pkg.revert();
        }
    }

    /** Tells the formats a user may pick by mistake apart before POI is asked to open the file as a zip. */
    private static void checkIsZip(Path file) throws WorkbookUnreadableException {
        FileMagic magic;
        try {
            magic = Files.size(file) == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new WorkbookUnreadableException(Reason.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
        }
        switch (magic) {
            case OOXML -> {
            }
            case OLE2 -> throw ole2(file);
            case BIFF2, BIFF3, BIFF4 -> throw new WorkbookUnreadableException(Reason.OLD_XLS, "an Excel 2-4 workbook (.xls)");
            default -> throw new WorkbookUnreadableException(Reason.NOT_XLSX, "not a zip file, so not an .xlsx workbook");
        }
    }

    private static OPCPackage openPackage(Path file) throws WorkbookUnreadableException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            // A zip that is no package at all (no [Content_Types].xml) says so; a package that is cut short,
            // or a zip bomb, fails reading the zip instead.
            WorkbookUnreadableException failure = failure(e);
            if (failure.reason() != Reason.UNREADABLE || hasCause(e, IOException.class)) {
                throw failure;
            }
            throw new WorkbookUnreadableException(Reason.NOT_XLSX, "a zip file, but not an .xlsx workbook: " + firstLine(e), e);
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** An OLE2 container is either an old .xls or, when it holds EncryptionInfo, a password-protected .xlsx. */
    private static WorkbookUnreadableException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new WorkbookUnreadableException(Reason.ENCRYPTED, "the workbook is password-protected");
            }
        } catch (IOException | RuntimeException e) {
            // A damaged OLE2 file: still not something to read as .xlsx.
        }
        return new WorkbookUnreadableException(Reason.OLD_XLS, "an Excel 97-2003 workbook (.xls), not .xlsx");
    }

    private static void checkIsSpreadsheet(OPCPackage pkg) throws WorkbookUnreadableException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null) {
                throw new WorkbookUnreadableException(Reason.UNREADABLE,
                        "saved as Strict Open XML Spreadsheet, which cannot be read; save it as an Excel Workbook (.xlsx)");
            }
            throw new WorkbookUnreadableException(Reason.NOT_XLSX, "an Office Open XML package without a main document");
        }
        PackagePart part = pkg.getPart(core);
        if (part == null || !WORKBOOK_TYPES.contains(part.getContentType())) {
            throw new WorkbookUnreadableException(Reason.NOT_XLSX, "not a spreadsheet: the main document is "
                    + (part == null ? "missing" : part.getContentType()));
        }
    }

    private static ReadSheet readSheet(XSSFReader reader, WorkbookIndex.Sheet sheet, WorksheetHandler handler, long maxCells)
            throws IOException, OpenXML4JException, ParserConfigurationException, WorkbookUnreadableException {
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            // Thrown to the caller only: the handler XMLHelper sets would also log them.
            xml.setErrorHandler(handler);
            xml.parse(new InputSource(in));
        } catch (WorksheetHandler.TooManyCellsException e) {
            throw new WorkbookUnreadableException(Reason.TOO_LARGE, "the workbook has more than " + maxCells + " non-empty cells", e);
        } catch (SAXException e) {
            WorkbookUnreadableException failure = failure(e);
            if (failure.reason() == Reason.TOO_LARGE) {
                throw failure;
            }
            String line = e instanceof SAXParseException parse ? " (line " + parse.getLineNumber() + ")" : "";
            throw new WorkbookUnreadableException(Reason.UNREADABLE, "sheet '" + sheet.name() + "'" + line + ": " + e.getMessage(), e);
        }
        return new ReadSheet(sheet.name(), sheet.hidden(), handler.rows(), handler.mergedRegions());
    }

    /** The custom properties that hold text (docProps/custom.xml, vt:lpwstr), in file order. */
    private static Map<String, String> customProperties(OPCPackage pkg) throws IOException, OpenXML4JException, XmlException {
        Map<String, String> properties = new LinkedHashMap<>();
        for (CTProperty property : new POIXMLProperties(pkg).getCustomProperties().getUnderlyingProperties().getPropertyList()) {
            if (property.getName() != null && property.isSetLpwstr()) {
                properties.put(property.getName(), property.getLpwstr());
            }
        }
        return properties;
    }

    private static WorkbookUnreadableException failure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.startsWith(ZIP_BOMB) || message.startsWith(TOO_MANY_ENTRIES))) {
                return new WorkbookUnreadableException(Reason.TOO_LARGE,
                        "the workbook expands to too much data or has too many parts to be read safely", e);
            }
            if (cause instanceof NotOfficeXmlFileException) {
                return new WorkbookUnreadableException(Reason.NOT_XLSX, "a zip file, but not an .xlsx workbook", e);
            }
        }
        return new WorkbookUnreadableException(Reason.UNREADABLE, "the workbook is damaged: " + firstLine(rootCause(e)), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
