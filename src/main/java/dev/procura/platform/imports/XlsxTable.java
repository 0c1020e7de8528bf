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
        Path copy = Files.createTempFile("procura-import-", ".xlsx");
        try {
            // From a file, POI inflates only the parts read, each checked against zip bombs as it is.
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            return readWorkbook(copy, maxRows);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static List<Row> readWorkbook(Path file, int maxRows) throws Unreadable {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new Unreadable(NOT_XLSX, e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("The workbook has no sheet");
            }
            XlsxCells cells = new XlsxCells(
                    new ReadOnlySharedStringsTable(workbook, false), reader.getStylesTable(), isDate1904(reader));
            try (InputStream sheet = sheets.next()) {
                return new SheetRows(cells, maxRows)
                        .read(XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | XmlException | XMLStreamException e) {
            throw new Unreadable(NOT_XLSX, e);
        } catch (RuntimeException e) {
            // POI reports a malformed part with a variety of unchecked exceptions.
            throw new Unreadable(NOT_XLSX, e);
        } finally {
            workbook.revert();
        }
    }

    /** The rows of one sheet's XML, each handed to the header or the rows as its end tag is read. */
    private static final class SheetRows {

        private final XlsxCells cells;
        private final TableRows rows;
        private TableHeader header;
        private int headerRow;
        private int sheetRow;
        private List<String> values = new ArrayList<>();
        private XlsxCells.Cell cell;
        private boolean phonetic;

        SheetRows(XlsxCells cells, int maxRows) {
            this.cells = cells;
            this.rows = new TableRows(maxRows);
        }

        List<Row> read(XMLStreamReader xml) throws XMLStreamException, Unreadable {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("sheetData")) {
                    break;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
            if (header == null) {
                throw new Unreadable("The first sheet has no header row");
            }
            return rows.rows();
        }

        private void start(XMLStreamReader xml) throws XMLStreamException {
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

        private void end(String element) throws Unreadable {
            switch (element) {
                case "rPh" -> phonetic = false;
                case "c" -> put(values, cell.column, cells.text(cell));
                case "row" -> {
                    if (header != null) {
                        int number = sheetRow - headerRow;
                        rows.add(number, header.cells(number, values));
                    } else if (!TableHeader.isBlank(values)) {
                        header = TableHeader.of(values);
                        headerRow = sheetRow;
                    }
                }
                default -> {}
            }
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
