package dev.procura.conversions.render;

import static dev.procura.conversions.render.InvoiceSheets.invoices;
import static dev.procura.conversions.render.InvoiceSheets.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxRendererTest {

    private static XWPFDocument document(Sheet sheet, List<Row> rows) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(render(OutputFormat.DOCX, sheet, rows)));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    @Test
    void oneTableWithARepeatedHeaderValuesForPeopleAndTotals() throws IOException {
        try (XWPFDocument document = document(invoices(Locale.ENGLISH, Layout.DEFAULT), InvoiceSheets.twoInvoices())) {
            XWPFTable table = document.getTables().get(0);

            assertEquals("Invoices 2026", document.getParagraphs().get(0).getText());
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals("Invoice", table.getRow(0).getCell(0).getText());
            assertEquals(
                    List.of(
                            "INV-1",
                            "Acme",
                            "Mar 1, 2026",
                            "Mar 1, 2026, 10:30 AM",
                            "3",
                            "2.5",
                            "12.5%",
                            "1,234.50",
                            "Yes"),
                    texts(table.getRow(1)));
            assertEquals(List.of("Total", "", "", "", "6", "", "", "1,244.50", ""), texts(table.getRow(3)));
        }
    }

    @Test
    void numbersFollowTheLocale() throws IOException {
        try (XWPFDocument document = document(invoices(Locale.GERMANY, null), InvoiceSheets.twoInvoices())) {
            assertEquals(
                    "1.234,50", document.getTables().get(0).getRow(1).getCell(7).getText());
        }
    }

    @Test
    void footerHasItsTextAndPageFieldsAndTheHeaderTheTenant() throws IOException {
        Layout layout = new Layout(false, false, "Confidential");
        try (XWPFDocument document = document(invoices(Locale.ENGLISH, layout), InvoiceSheets.twoInvoices())) {
            XWPFFooter footer = document.getFooterList().get(0);
            String instructions = footer.getParagraphs().get(0).getRuns().stream()
                    .flatMap(run -> run.getCTR().getInstrTextList().stream())
                    .map(text -> text.getStringValue().trim())
                    .collect(Collectors.joining(","));

            assertEquals("PAGE,NUMPAGES", instructions);
            assertTrue(footer.getText().startsWith("Confidential"), footer.getText());
            assertTrue(footer.getText().contains("Page"), footer.getText());
            assertEquals(
                    "Acme Buying GmbH",
                    document.getHeaderList().get(0).getText().trim());
        }
    }

    @Test
    void landscapeWhenTheLayoutAsks() throws IOException {
        try (XWPFDocument landscape = document(invoices(Locale.ENGLISH, new Layout(true, false, null)), List.of());
                XWPFDocument portrait = document(invoices(Locale.ENGLISH, null), List.of())) {
            var size = landscape.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
            assertTrue(((java.math.BigInteger) size.getW()).compareTo((java.math.BigInteger) size.getH()) > 0);
            assertEquals(
                    STPageOrientation.PORTRAIT,
                    portrait.getDocument().getBody().getSectPr().getPgSz().getOrient());
        }
    }

    @Test
    void eachRecordShowsItsValuesThenItsLinesWithTheirTotalOnANewPage() throws IOException {
        Sheet sheet = InvoiceSheets.invoicesWithLines(new Layout(false, true, null));
        List<Row> rows = List.of(
                InvoiceSheets.withLines("INV-1", "Acme", "10", "2.5"), InvoiceSheets.withLines("INV-2", "Globex", "1"));
        try (XWPFDocument document = document(sheet, rows)) {
            List<XWPFTable> tables = document.getTables();

            assertEquals(4, tables.size(), "head and lines of each record");
            assertEquals(List.of("Supplier", "Acme"), texts(tables.get(0).getRow(1)));
            assertTrue(tables.get(1).getRow(0).isRepeatHeader());
            assertEquals(List.of("2", "Item 2", "2.50"), texts(tables.get(1).getRow(2)));
            assertEquals(List.of("Total", "", "12.50"), texts(tables.get(1).getRow(3)));
            assertEquals(List.of("Total", "", "1.00"), texts(tables.get(3).getRow(2)));
            String xml = document.getDocument().xmlText();
            assertEquals(1, xml.split("w:type=\"page\"", -1).length - 1, "one page break, before the second record");
        }
    }
}
