package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows: reading stops at the first row over the
 * limit, so a huge sheet is never held in memory.
 */
final class XlsxTable {

    private static final String NOT_XLSX = "The file is not a readable XLSX workbook";
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    private XlsxTable() {}

    static List<Row> read(InputStream content, int maxRows) throws Unreadable, IOException {
        try (TableCursor cursor = open(content)) {
            return TableRows.drain(cursor, maxRows);
        }
    }

    /**
     * Copies the workbook to a temporary file and reads up to the header of its first sheet; the cursor
     * reads a row per call and deletes the copy when closed. Does not close {@code content}.
     */
    static TableCursor open(InputStream content) throws Unreadable, IOException {
        Path copy = Files.createTempFile("procura-import-", ".xlsx");
        try {
            // From a file, POI inflates only the parts read, each checked against zip bombs as it is.
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            return openWorkbook(copy);
        } catch (Unreadable | IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private static TableCursor openWorkbook(Path file) throws Unreadable {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new Unreadable(NOT_XLSX, e);
        }
        SheetRows rows = null;
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("The workbook has no sheet");
            }
            XlsxCells cells = new XlsxCells(
                    new ReadOnlySharedStringsTable(workbook, false), reader.getStylesTable(), isDate1904(reader));
            InputStream sheet = sheets.next();
            rows = new SheetRows(
                    cells, XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet), sheet, workbook, file);
            rows.readHeader();
            return rows;
        } catch (IOException | OpenXML4JException | SAXException | XmlException | XMLStreamException e) {
            throw closing(rows, workbook, new Unreadable(NOT_XLSX, e));
        } catch (Unreadable e) {
            throw closing(rows, workbook, e);
        } catch (RuntimeException e) {
            // POI reports a malformed part with a variety of unchecked exceptions.
            throw closing(rows, workbook, new Unreadable(NOT_XLSX, e));
        }
    }

    private static Unreadable closing(SheetRows rows, OPCPackage workbook, Unreadable failure) {
        if (rows != null) {
            rows.quietClose();
        } else {
            workbook.revert();
        }
        return failure;
    }

    /** The rows of one sheet's XML, read up to each row's end tag as the cursor asks for one. */
    private static final class SheetRows implements TableCursor {

        private final XlsxCells cells;
        private final XMLStreamReader xml;
        private final InputStream sheet;
        private final OPCPackage workbook;
        private final Path file;
        private TableHeader header;
        private int headerRow;
        private int sheetRow;
        private List<String> values = new ArrayList<>();
        private XlsxCells.Cell cell;
        private boolean phonetic;
        private boolean isDone;

        SheetRows(XlsxCells cells, XMLStreamReader xml, InputStream sheet, OPCPackage workbook, Path file) {
            this.cells = cells;
            this.xml = xml;
            this.sheet = sheet;
            this.workbook = workbook;
            this.file = file;
        }

        void readHeader() throws XMLStreamException, Unreadable {
            while (header == null && nextRow()) {
                if (!TableHeader.isBlank(values)) {
                    header = TableHeader.of(values);
                    headerRow = sheetRow;
                }
            }
            if (header == null) {
                throw new Unreadable("The first sheet has no header row");
            }
        }

        @Override
        public List<String> columns() {
            return header.columns();
        }

        @Override
        public Row next() throws Unreadable {
            try {
                while (nextRow()) {
                    int number = sheetRow - headerRow;
                    Map<String, String> row = header.cells(number, values);
                    if (!row.isEmpty()) {
                        return new Row(number, row);
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw new Unreadable(NOT_XLSX, e);
            }
        }

        @Override
        public void close() throws IOException {
            quietClose();
        }

        void quietClose() {
            try {
                xml.close();
                sheet.close();
            } catch (XMLStreamException | IOException ignored) {
                // the copy is deleted below whatever the stream says
            } finally {
                workbook.revert();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temp directory
                }
            }
        }

        /** Reads up to the next row's end tag; false at the end of the sheet's data. */
        private boolean nextRow() throws XMLStreamException {
            while (!isDone && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("sheetData")) {
                        isDone = true;
                    } else if (end(element)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void start() throws XMLStreamException {
            switch (xml.getLocalName()) {
                case "row" -> {
                    sheetRow = rowNumber(xml.getAttributeValue(null, "r"), sheetRow);
                    values = new ArrayList<>();
                }
                case "c" ->
                    cell = new XlsxCells.Cell(
                            column(xml.getAttributeValue(null, "r"), values.size()),
                            xml.getAttributeValue(null, "t"),
                            xml.getAttributeValue(null, "s"));
                case "v" -> cell.value = xml.getElementText();
                case "t" -> {
                    if (!phonetic) {
                        cell.inline.append(xml.getElementText());
                    }
                }
                case "rPh" -> phonetic = true;
                default -> {}
            }
        }

        /** True at a row's end. */
        private boolean end(String element) {
            switch (element) {
                case "rPh" -> phonetic = false;
                case "c" -> put(values, cell.column, cells.text(cell));
                case "row" -> {
                    return true;
                }
                default -> {}
            }
            return false;
        }
    }

    private static int rowNumber(String reference, int previous) {
        int number = reference == null ? previous + 1 : Integer.parseInt(reference);
        if (number <= previous) {
            throw new IllegalStateException("Row " + number + " out of order");
        }
        return number;
    }

    private static int column(String reference, int next) {
        int column = reference == null ? next : new CellReference(reference).getCol();
        if (column < 0 || column > LAST_COLUMN) {
            throw new IllegalStateException("Cell " + reference + " outside the sheet");
        }
        return column;
    }

    private static void put(List<String> values, int column, String text) {
        while (values.size() <= column) {
            values.add(null);
        }
        values.set(column, text);
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
        try (InputStream data = reader.getWorkbookData()) {
            CTWorkbookPr properties = WorkbookDocument.Factory.parse(data, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook()
                    .getWorkbookPr();
            return properties != null && properties.getDate1904();
        }
    }
}
