package se.lishandboken.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part (xl/worksheets/sheetN.xml) as it streams past: keeps the non-empty
 * cells of each row and the merged ranges, nothing else. Elements are matched by local name, and
 * v, f, is and t only inside a cell (the x14 extensions have f elements of their own).
 */
final class WorksheetHandler extends DefaultHandler {
    private static final int MAX_COLUMNS = 16_384;

    private final CellDecoder decoder;
    private final long cellLimit;
    private long cellCount;
    private final List<ReadRow> rows = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private int rowNumber;
    private List<ReadCell> cells;
    private boolean unordered;

    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private String value;
    private String formula;
    private StringBuilder inline;
    private boolean inPhonetic;
    /** Where character data goes: the v or f text, the inline string, or nowhere (null). */
    private StringBuilder target;

    /** Thrown when the sheet holds more non-empty cells than the limit. */
    static final class TooManyCellsException extends SAXException {
        private static final long serialVersionUID = 1L;

        TooManyCellsException() {
            super("too many non-empty cells");
        }
    }

    /** @param cellLimit how many non-empty cells the sheet may hold, so that a huge one fails before memory runs out */
    WorksheetHandler(CellDecoder decoder, long cellLimit) {
        this.decoder = decoder;
        this.cellLimit = cellLimit;
    }

    long cellCount() {
        return cellCount;
    }

    List<ReadRow> rows() {
        return rows;
    }

    List<String> mergedRegions() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v", "f" -> {
                if (inCell) {
                    text.setLength(0);
                    target = text;
                }
            }
            case "is" -> {
                if (inCell) {
                    inline = new StringBuilder();
                }
            }
            case "t" -> target = inCell && inline != null && !inPhonetic ? inline : null;
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null && !ref.isEmpty()) {
                    merged.add(ref);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                if (inCell) {
                    value = text.toString();
                    target = null;
                }
            }
            case "f" -> {
                if (inCell) {
                    formula = text.toString();
                    target = null;
                }
            }
            case "t" -> target = null;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (target != null) {
            target.append(ch, start, length);
        }
    }

    private void startRow(String ref) throws SAXException {
        if (ref == null) {
            rowNumber++;
        } else {
            try {
                rowNumber = Integer.parseInt(ref.trim());
            } catch (NumberFormatException e) {
                throw new SAXException("bad row number '" + ref + "'", e);
            }
            if (rowNumber < 1) {
                throw new SAXException("bad row number '" + ref + "'");
            }
        }
        cells = new ArrayList<>();
        unordered = false;
        column = -1;
    }

    private void startCell(Attributes attributes) throws SAXException {
        if (cells == null) {
            return;
        }
        String ref = attributes.getValue("r");
        column = ref == null ? column + 1 : column(ref);
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        try {
            style = s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new SAXException("cell " + reference() + ": bad style '" + s + "'", e);
        }
        value = null;
        formula = null;
        inline = null;
        inPhonetic = false;
        inCell = true;
    }

    private void endCell() throws SAXException {
        if (!inCell) {
            return;
        }
        inCell = false;
        target = null;
        ReadCell cell;
        try {
            cell = decoder.decode(column, type, style, value, inline == null ? null : inline.toString(), formula);
        } catch (IllegalArgumentException e) {
            throw new SAXException("cell " + reference() + ": " + e.getMessage(), e);
        }
        inline = null;
        if (cell != null) {
            if (++cellCount > cellLimit) {
                throw new TooManyCellsException();
            }
            if (!cells.isEmpty() && cells.get(cells.size() - 1).column() >= column) {
                unordered = true;
            }
            cells.add(cell);
        }
    }

    private void endRow() {
        if (cells == null) {
            return;
        }
        if (!cells.isEmpty()) {
            rows.add(new ReadRow(rowNumber, unordered ? inColumnOrder(cells) : cells));
        }
        cells = null;
    }

    /** Excel writes cells in column order; should a file not, the last cell written for a column wins. */
    private static List<ReadCell> inColumnOrder(List<ReadCell> cells) {
        TreeMap<Integer, ReadCell> byColumn = new TreeMap<>();
        cells.forEach(cell -> byColumn.put(cell.column(), cell));
        return new ArrayList<>(byColumn.values());
    }

    private static int column(String ref) throws SAXException {
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMNS) {
                throw new SAXException("bad cell reference '" + ref + "'");
            }
            i++;
        }
        if (i == 0) {
            throw new SAXException("bad cell reference '" + ref + "'");
        }
        return column - 1;
    }

    private String reference() {
        return CellReference.convertNumToColString(column) + rowNumber;
    }
}
