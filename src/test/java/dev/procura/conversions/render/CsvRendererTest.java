package dev.procura.conversions.render;

import static dev.procura.conversions.render.InvoiceSheets.invoice;
import static dev.procura.conversions.render.InvoiceSheets.invoices;
import static dev.procura.conversions.render.InvoiceSheets.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    private static String csv(Sheet sheet, List<Row> rows) throws IOException {
        return new String(render(OutputFormat.CSV, sheet, rows), StandardCharsets.UTF_8);
    }

    @Test
    void headerIsTheLabelsAndEveryRowEndsInCrlf() throws IOException {
        String csv = csv(invoices(Locale.ENGLISH, null), InvoiceSheets.twoInvoices());

        assertTrue(csv.startsWith("Invoice,Supplier,Issued,Posted,Lines,Quantity,Discount,Amount,Paid\r\n"), csv);
        assertEquals(3, csv.split("\r\n", -1).length - 1, "three rows, each ended by CRLF, and no totals row");
        assertEquals(-1, csv.replace("\r\n", "").indexOf('\n'));
    }

    @Test
    void valuesAreMachineReadable() throws IOException {
        CSVRecord first = parse(csv(invoices(Locale.GERMAN, null), InvoiceSheets.twoInvoices()))
                .get(1);

        assertEquals(
                List.of(
                        "INV-1",
                        "Acme",
                        "2026-03-01",
                        "2026-03-01T10:30:00+01:00",
                        "3",
                        "2.5",
                        "0.125",
                        "1234.50",
                        "true"),
                first.toList());
    }

    @Test
    void moneyKeepsMoreDecimalsThanTwo() throws IOException {
        CSVRecord row = parse(csv(invoices(Locale.ENGLISH, null), List.of(invoice("A", "B", "0.125", false))))
                .get(1);

        assertEquals("0.125", row.get(7));
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws IOException {
        Sheet sheet = invoices(Locale.ENGLISH, null);
        byte[] with = render(OutputFormat.CSV, sheet, List.of(), true);
        byte[] without = render(OutputFormat.CSV, sheet, List.of(), false);

        assertEquals(
                List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'I'),
                List.of(with[0], with[1], with[2], with[3]));
        assertEquals('I', without[0]);
    }

    @Test
    void commasQuotesAndNewlinesSurviveTheRoundTrip() throws IOException {
        String supplier = "Acme, \"Best\"\nLtd";
        String csv = csv(invoices(Locale.ENGLISH, null), List.of(invoice("INV-1", supplier, "1", true)));

        assertTrue(csv.contains("\"Acme, \"\"Best\"\"\nLtd\""), csv);
        assertEquals(supplier, parse(csv).get(1).get(1));
    }

    @Test
    void formulaLikeTextIsNeutralised() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
        List<CSVRecord> records = parse(csv(
                invoices(Locale.ENGLISH, null),
                hostile.stream().map(text -> invoice(text, "x", "1", true)).toList()));

        for (int i = 0; i < hostile.size(); i++) {
            assertEquals("'" + hostile.get(i), records.get(i + 1).get(0));
        }
    }

    @Test
    void negativeNumbersStayNumbers() throws IOException {
        CSVRecord row = parse(csv(invoices(Locale.ENGLISH, null), List.of(invoice("A", "B", "-5", false))))
                .get(1);

        assertEquals("-5.00", row.get(7));
    }

    @Test
    void aRecordWithLinesGivesOneRowPerLineAndOneWithoutLinesAnEmptyOne() throws IOException {
        List<CSVRecord> records = parse(csv(
                InvoiceSheets.invoicesWithLines(null),
                List.of(
                        InvoiceSheets.withLines("INV-1", "Acme", "10", "2.5"),
                        InvoiceSheets.withLines("INV-2", "Globex"))));

        assertEquals(
                List.of("Invoice", "Supplier", "Line", "Description", "Amount"),
                records.get(0).toList());
        assertEquals(
                List.of("INV-1", "Acme", "1", "Item 1", "10.00"), records.get(1).toList());
        assertEquals(
                List.of("INV-1", "Acme", "2", "Item 2", "2.50"), records.get(2).toList());
        assertEquals(List.of("INV-2", "Globex", "", "", ""), records.get(3).toList());
        assertEquals(4, records.size());
    }
}
