package dev.procura.conversions.render;

import static dev.procura.conversions.render.InvoiceSheets.invoice;
import static dev.procura.conversions.render.InvoiceSheets.invoices;
import static dev.procura.conversions.render.InvoiceSheets.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRendererTest {

    private static XSSFWorkbook workbook(Sheet sheet, List<Row> rows) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(render(OutputFormat.XLSX, sheet, rows)));
    }

    @Test
    void cellsAreTypedByTheirColumnsFormat() throws IOException {
        try (XSSFWorkbook book = workbook(invoices(Locale.ENGLISH, null), InvoiceSheets.twoInvoices())) {
            XSSFRow row = book.getSheetAt(0).getRow(1);

            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("INV-1", row.getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
            assertEquals(LocalDateTime.of(2026, 3, 1, 0, 0), row.getCell(2).getLocalDateTimeCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)));
            assertEquals(LocalDateTime.of(2026, 3, 1, 10, 30), row.getCell(3).getLocalDateTimeCellValue(), "in Berlin");
            assertNumber(3, "#,##0", row.getCell(4));
            assertNumber(2.5, "#,##0.00####", row.getCell(5));
            assertNumber(0.125, "0.00%", row.getCell(6));
            assertNumber(1234.5, "#,##0.00", row.getCell(7));
            assertEquals(CellType.BOOLEAN, row.getCell(8).getCellType());
            assertTrue(row.getCell(8).getBooleanCellValue());
        }
    }

    private static void assertNumber(double expected, String format, XSSFCell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertEquals(expected, cell.getNumericCellValue(), 1e-9);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @Test
    void headerIsBoldFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook book = workbook(invoices(Locale.ENGLISH, null), InvoiceSheets.twoInvoices())) {
            XSSFSheet sheet = book.getSheetAt(0);

            assertEquals("Invoices 2026", sheet.getSheetName());
            assertEquals("Supplier", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex())
                    .getBold());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("A1:I1", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertNotEquals(sheet.getDefaultColumnWidth() * 256, sheet.getColumnWidth(0));
        }
    }

    @Test
    void totalsRowHoldsPlainSumsAndNoCellIsAFormula() throws IOException {
        try (XSSFWorkbook book = workbook(invoices(Locale.ENGLISH, null), InvoiceSheets.twoInvoices())) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFRow total = sheet.getRow(3);

            assertEquals(3, sheet.getLastRowNum());
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertNumber(6, "#,##0", total.getCell(4));
            assertNumber(1244.5, "#,##0.00", total.getCell(7));
            assertEquals(null, total.getCell(5), "quantity is not totalled");
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(
                            CellType.FORMULA,
                            cell.getCellType(),
                            cell.getAddress().formatAsString());
                }
            }
        }
    }

    @Test
    void formulaLikeTextAndLabelsAreNeutralised() throws IOException {
        Sheet sheet = new Sheet(
                "=Sheet",
                "Acme",
                Locale.ENGLISH,
                InvoiceSheets.BERLIN,
                List.of(new Column("note", "=label", ValueFormat.TEXT), new Column("n", "N", ValueFormat.DECIMAL)),
                null,
                null,
                null);
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
        List<Row> rows = hostile.stream()
                .map(text -> new Row(Map.of("note", text, "n", new BigDecimal("-2")), null))
                .toList();
        try (XSSFWorkbook book = workbook(sheet, rows)) {
            XSSFSheet written = book.getSheetAt(0);

            assertEquals("'=label", written.getRow(0).getCell(0).getStringCellValue());
            for (int i = 0; i < hostile.size(); i++) {
                assertEquals(
                        "'" + hostile.get(i), written.getRow(i + 1).getCell(0).getStringCellValue());
                assertEquals(-2, written.getRow(i + 1).getCell(1).getNumericCellValue());
            }
        }
    }

    @Test
    void linesAreFlattenedAndTotalledUnderTheLineColumns() throws IOException {
        Sheet sheet = InvoiceSheets.invoicesWithLines(null);
        List<Row> rows = List.of(
                InvoiceSheets.withLines("INV-1", "Acme", "10", "2.5"), InvoiceSheets.withLines("INV-2", "Globex"));
        try (XSSFWorkbook book = workbook(sheet, rows)) {
            XSSFSheet written = book.getSheetAt(0);

            assertEquals("INV-1", written.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, written.getRow(2).getCell(2).getNumericCellValue());
            assertEquals("INV-2", written.getRow(3).getCell(0).getStringCellValue());
            assertEquals(null, written.getRow(3).getCell(2));
            assertEquals("Total", written.getRow(4).getCell(0).getStringCellValue());
            assertEquals(12.5, written.getRow(4).getCell(4).getNumericCellValue());
        }
    }

    @Test
    void aStringInANumberColumnStaysText() throws IOException {
        Row row = invoice("INV-1", "Acme", "1", true);
        Map<String, Object> values = new java.util.HashMap<>(row.values());
        values.put("amount", "n/a");
        try (XSSFWorkbook book = workbook(invoices(Locale.ENGLISH, null), List.of(new Row(values, null)))) {
            assertEquals("n/a", book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue());
        }
    }

    @Test
    void aHundredThousandRowsStreamThroughAndReadBack(@TempDir Path directory) throws IOException {
        Sheet sheet = new Sheet(
                "Lines",
                "Acme",
                Locale.ENGLISH,
                InvoiceSheets.BERLIN,
                List.of(
                        new Column("number", "Invoice", ValueFormat.TEXT),
                        new Column("line", "Line", ValueFormat.INTEGER),
                        new Column("amount", "Amount", ValueFormat.MONEY)),
                null,
                List.of("amount"),
                null);
        Path file = directory.resolve("lines.xlsx");
        BigDecimal amount = new BigDecimal("1.25");
        try (OutputStream out = Files.newOutputStream(file);
                Renderer renderer = Renderers.open(OutputFormat.XLSX, sheet, out, false)) {
            for (long i = 1; i <= 100_000; i++) {
                renderer.write(new Row(Map.of("number", "INV-" + i, "line", i, "amount", amount), null));
            }
            renderer.finish();
        }

        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            XSSFSheet written = book.getSheetAt(0);
            assertEquals(100_002, written.getPhysicalNumberOfRows(), "header, rows, total");
            assertEquals("INV-100000", written.getRow(100_000).getCell(0).getStringCellValue());
            assertEquals(125_000, written.getRow(100_001).getCell(2).getNumericCellValue(), 1e-6);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        assertFalse(Files.size(file) > 20_000_000, "compressed as usual");
    }
}
