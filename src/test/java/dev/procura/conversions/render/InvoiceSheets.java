package dev.procura.conversions.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sheets and rows of invoices the renderer tests share, and rendering them to bytes. */
final class InvoiceSheets {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private InvoiceSheets() {}

    /** One row per invoice, every value format; amount and line count are totalled. */
    static Sheet invoices(Locale locale, Layout layout) {
        return new Sheet(
                "Invoices 2026",
                "Acme Buying GmbH",
                locale,
                BERLIN,
                List.of(
                        new Column("number", "Invoice", ValueFormat.TEXT),
                        new Column("supplier", "Supplier", ValueFormat.TEXT),
                        new Column("issued", "Issued", ValueFormat.DATE),
                        new Column("posted", "Posted", ValueFormat.DATETIME),
                        new Column("lines", "Lines", ValueFormat.INTEGER),
                        new Column("quantity", "Quantity", ValueFormat.DECIMAL),
                        new Column("discount", "Discount", ValueFormat.PERCENT),
                        new Column("amount", "Amount", ValueFormat.MONEY),
                        new Column("paid", "Paid", ValueFormat.BOOLEAN)),
                null,
                List.of("amount", "lines"),
                layout);
    }

    static Row invoice(String number, String supplier, String amount, boolean paid) {
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("supplier", supplier);
        values.put("issued", LocalDate.of(2026, 3, 1));
        values.put("posted", Instant.parse("2026-03-01T09:30:00Z"));
        values.put("lines", 3L);
        values.put("quantity", new BigDecimal("2.5"));
        values.put("discount", new BigDecimal("0.125"));
        values.put("amount", new BigDecimal(amount));
        values.put("paid", paid);
        return new Row(values, null);
    }

    static List<Row> twoInvoices() {
        return List.of(invoice("INV-1", "Acme", "1234.5", true), invoice("INV-2", "Globex", "10", false));
    }

    /** Invoices with their lines; the line amounts are totalled per invoice. */
    static Sheet invoicesWithLines(Layout layout) {
        return new Sheet(
                "Invoice lines",
                "Acme Buying GmbH",
                Locale.ENGLISH,
                BERLIN,
                List.of(
                        new Column("number", "Invoice", ValueFormat.TEXT),
                        new Column("supplier", "Supplier", ValueFormat.TEXT)),
                List.of(
                        new Column("line", "Line", ValueFormat.INTEGER),
                        new Column("description", "Description", ValueFormat.TEXT),
                        new Column("amount", "Amount", ValueFormat.MONEY)),
                List.of("amount"),
                layout);
    }

    static Row withLines(String number, String supplier, String... amounts) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(Map.of(
                    "line", (long) i + 1, "description", "Item " + (i + 1), "amount", new BigDecimal(amounts[i])));
        }
        return new Row(Map.of("number", number, "supplier", supplier), lines);
    }

    static byte[] render(OutputFormat format, Sheet sheet, List<Row> rows) throws IOException {
        return render(format, sheet, rows, false);
    }

    static byte[] render(OutputFormat format, Sheet sheet, List<Row> rows, boolean byteOrderMark) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Renderer renderer = Renderers.open(format, sheet, out, byteOrderMark)) {
            for (Row row : rows) {
                renderer.write(row);
            }
            renderer.finish();
        }
        return out.toByteArray();
    }

    /** A sheet of one text column, for values that test the limits. */
    static Sheet notes() {
        return new Sheet(
                "Notes",
                "Acme",
                Locale.ENGLISH,
                BERLIN,
                List.of(
                        new Column("note", "Note", ValueFormat.TEXT),
                        new Column("amount", "Amount", ValueFormat.MONEY)),
                null,
                List.of("amount"),
                null);
    }

    static List<Row> notes(String... texts) {
        return java.util.Arrays.stream(texts)
                .map(text -> new Row(Map.of("note", text, "amount", BigDecimal.ONE), null))
                .toList();
    }
}
