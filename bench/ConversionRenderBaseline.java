import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.procura.conversions.render.Column;
import dev.procura.conversions.render.Layout;
import dev.procura.conversions.render.OutputFormat;
import dev.procura.conversions.render.Renderer;
import dev.procura.conversions.render.Renderers;
import dev.procura.conversions.render.Row;
import dev.procura.conversions.render.Sheet;
import dev.procura.conversions.render.ValueFormat;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Benchmark of bench/conversions.sh: the conversion renderers (Renderers.open, the application's
 * classes from target/classes) against the bare libraries they use, on the same invoice-like rows
 * written to a file on disk the way ConversionOutput writes it (Files.newOutputStream, unbuffered).
 *
 * <p>Usage (class path: target/classes and the project's dependencies; bench/conversions.sh compiles
 * it once with javac and runs the class, so that the in-memory compiler of {@code java X.java} leaves
 * nothing on the heap the figures measure; it also runs as a single-file program):
 * <pre>
 *   java -Xmx512m -cp … bench/ConversionRenderBaseline.java throughput xlsx|csv|pdf ours|baseline ROWS RUNS DIR
 *   java -Xmx512m -cp … bench/ConversionRenderBaseline.java preview ours|baseline ROWS REPEAT
 * </pre>
 * throughput: one untimed warm-up render of ROWS rows, RUNS timed renders into a temporary file in
 * DIR, then one more render with the live heap (used heap after System.gc(), twice) sampled before
 * the renderer is opened, after it is opened, at 10% and 50% of the rows, after the last row
 * (renderer still open, before finish) and after it is closed. Prints one line:
 * "bytes heap_before heap_open heap_10 heap_50 heap_all heap_after s_1 … s_RUNS" (heap in KiB).
 *
 * <p>preview: PDF of the first ROWS rows into memory (as ConversionService.previewFile does),
 * one untimed render, then REPEAT timed ones. Prints "first_ms p50_ms p95_ms max_ms bytes".
 *
 * <p>The baselines are the bare libraries used the most direct way, same columns and cell types:
 * XLSX an SXSSFWorkbook with a window of 100 rows (default settings), a header row and typed cells
 * with one style per number/date format; CSV a CSVPrinter (RFC 4180) printing each value's
 * toString(); PDF an OpenPDF Document (A4 landscape, same margins) with one PdfPTable of the same
 * columns in Helvetica 8, its header row repeated, in large-table mode (added to the document every
 * 100 rows, as OpenPDF documents for big tables: a table built whole would hold every cell of
 * 100,000 rows in memory), each value's toString().
 */
public class ConversionRenderBaseline {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int SLICE = 100;

    /** 15 columns: 8 text, 2 dates, 1 date-time, 1 integer, 3 money. */
    static final List<Column> COLUMNS = List.of(
            new Column("number", "Invoice", ValueFormat.TEXT),
            new Column("supplier", "Supplier", ValueFormat.TEXT),
            new Column("supplier_no", "Supplier no.", ValueFormat.TEXT),
            new Column("order_no", "Order", ValueFormat.TEXT),
            new Column("description", "Description", ValueFormat.TEXT),
            new Column("cost_center", "Cost center", ValueFormat.TEXT),
            new Column("currency", "Currency", ValueFormat.TEXT),
            new Column("status", "Status", ValueFormat.TEXT),
            new Column("issued", "Issued", ValueFormat.DATE),
            new Column("due", "Due", ValueFormat.DATE),
            new Column("posted", "Posted", ValueFormat.DATETIME),
            new Column("lines", "Lines", ValueFormat.INTEGER),
            new Column("net", "Net", ValueFormat.MONEY),
            new Column("tax", "Tax", ValueFormat.MONEY),
            new Column("gross", "Gross", ValueFormat.MONEY));

    static final String[] KEYS = COLUMNS.stream().map(Column::key).toArray(String[]::new);
    static final String[] LABELS = COLUMNS.stream().map(Column::label).toArray(String[]::new);

    /** As a template of the application would make it: landscape for 15 columns, totals of the amounts. */
    static final Sheet SHEET = new Sheet(
            "Invoices 2026",
            "Acme Buying GmbH",
            Locale.GERMANY,
            ZONE,
            COLUMNS,
            null,
            List.of("lines", "net", "tax", "gross"),
            new Layout(true, false, "Procura benchmark export"));

    // ------------------------------------------------------------------ rows

    static final String[] SUPPLIERS = {
        "Acme Industrial Supplies Ltd", "Globex Corporation", "Müller Bürobedarf GmbH", "Initech GmbH",
        "Umbrella Logistics AG", "Stark Components", "Wayne Packaging Solutions", "Hooli Cloud Services",
        "Société Générale des Fournitures", "Nordlicht Elektrotechnik KG", "Vandelay Industries",
        "Soylent Foods & Catering", "Tyrell Robotics", "Cyberdyne Systems", "Wonka Confectionery",
        "Ørsted Facility Services A/S", "Zürcher Präzisionsteile AG", "Pied Piper Storage", "Massive Dynamic",
        "Oceanic Freight Forwarding", "Blue Sun Chemicals", "Gringotts Office Furniture", "Dunder Mifflin Paper",
        "Rheinland Schrauben & Muttern", "Kowalski Transport Sp. z o.o.", "Bluth Construction",
        "Prestige Worldwide Events", "Sterling Cooper Advertising", "Aperture Science Labs", "Black Mesa Research"
    };
    static final String[] DESCRIPTIONS = {
        "Office supplies, monthly delivery", "Maintenance of production line 3", "Laptops (12) with docking stations",
        "Cleaning services, January", "Freight Hamburg – Rotterdam, container 40 ft", "Safety shoes and gloves",
        "Annual software licences renewal", "Packaging material, pallets and foil", "Consulting: ERP migration, phase 2",
        "Spare parts for CNC milling machine", "Catering for the works meeting", "Electricity, main plant",
        "Printer toner and paper", "Steel sheets 2 mm, 4 t", "Travel: trade fair Munich, 3 persons",
        "Calibration of measuring instruments", "Server hosting, rack B12", "Forklift lease, quarterly",
        "Screws M8×40, 20,000 pieces", "Translation of user manuals (DE, FR, IT)"
    };
    static final String[] STATUSES = {"approved", "booked", "paid", "paid", "paid", "disputed"};
    static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "USD", "CHF", "GBP"};
    static final String[] SUPPLIER_NOS = new String[SUPPLIERS.length];
    static final String[] COST_CENTERS = new String[40];
    static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
    static final BigDecimal VAT = new BigDecimal("0.19");

    static {
        for (int i = 0; i < SUPPLIER_NOS.length; i++) {
            SUPPLIER_NOS[i] = "S-" + pad(10_000 + i * 37, 5);
        }
        for (int i = 0; i < COST_CENTERS.length; i++) {
            COST_CENTERS[i] = "CC-" + (4100 + i * 10);
        }
    }

    static String pad(int number, int digits) {
        String text = Integer.toString(number);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }

    /** The same invoice-like rows for every renderer, generated as they are written (none is kept). */
    static final class Invoices {
        private final SplittableRandom random = new SplittableRandom(2026);
        private int count;

        Map<String, Object> next() {
            int n = ++count;
            Map<String, Object> values = new HashMap<>(32);
            int supplier = random.nextInt(SUPPLIERS.length);
            LocalDate issued = YEAR.plusDays(random.nextInt(365));
            BigDecimal net = BigDecimal.valueOf(random.nextLong(500, 5_000_000), 2);
            BigDecimal tax = net.multiply(VAT).setScale(2, RoundingMode.HALF_UP);
            values.put("number", "INV-2026-" + pad(n, 6));
            values.put("supplier", SUPPLIERS[supplier]);
            values.put("supplier_no", SUPPLIER_NOS[supplier]);
            values.put("order_no", "PO-2026-" + pad(random.nextInt(1, 60_000), 6));
            values.put("description", DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]);
            values.put("cost_center", COST_CENTERS[random.nextInt(COST_CENTERS.length)]);
            values.put("currency", CURRENCIES[random.nextInt(CURRENCIES.length)]);
            values.put("status", STATUSES[random.nextInt(STATUSES.length)]);
            values.put("issued", issued);
            values.put("due", issued.plusDays(random.nextBoolean() ? 30 : 14));
            values.put("posted", issued.atTime(7 + random.nextInt(11), random.nextInt(60))
                    .atZone(ZONE).toInstant());
            values.put("lines", (long) random.nextInt(1, 26));
            values.put("net", net);
            values.put("tax", tax);
            values.put("gross", net.add(tax));
            return values;
        }
    }

    // ------------------------------------------------------------------ live heap

    /** Samples the live heap at given row counts; null in timed runs. */
    static final class Probe {
        final int[] at;
        final long[] kib;

        Probe(int... at) {
            this.at = at;
            this.kib = new long[at.length];
            Arrays.fill(kib, -1);
        }

        void rows(int written) {
            for (int i = 0; i < at.length; i++) {
                if (at[i] == written && kib[i] < 0) {
                    kib[i] = liveHeapKib();
                }
            }
        }
    }

    static long liveHeapKib() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }

    // ------------------------------------------------------------------ renderers

    interface Target {
        void render(Invoices rows, int count, OutputStream out, Probe probe) throws IOException;
    }

    /** The application's renderer, as ConversionOutput drives it. */
    static Target ours(OutputFormat format) {
        return (rows, count, out, probe) -> {
            try (Renderer renderer = Renderers.open(format, SHEET, out, false)) {
                if (probe != null) probe.rows(-1);
                for (int i = 1; i <= count; i++) {
                    renderer.write(new Row(rows.next(), null));
                    if (probe != null) probe.rows(i);
                }
                renderer.finish();
            }
        };
    }

    static Target baselineXlsx() {
        return (rows, count, out, probe) -> {
            // close() also deletes the temporary files (POI 5.4+; dispose() is deprecated).
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                SXSSFSheet sheet = workbook.createSheet("Invoices 2026");
                DataFormat formats = workbook.createDataFormat();
                CellStyle date = style(workbook, formats, "yyyy-mm-dd");
                CellStyle dateTime = style(workbook, formats, "yyyy-mm-dd hh:mm");
                CellStyle integer = style(workbook, formats, "#,##0");
                CellStyle money = style(workbook, formats, "#,##0.00");
                SXSSFRow header = sheet.createRow(0);
                for (int c = 0; c < LABELS.length; c++) {
                    header.createCell(c).setCellValue(LABELS[c]);
                }
                if (probe != null) probe.rows(-1);
                for (int i = 1; i <= count; i++) {
                    Map<String, Object> values = rows.next();
                    SXSSFRow row = sheet.createRow(i);
                    for (int c = 0; c < KEYS.length; c++) {
                        Object value = values.get(KEYS[c]);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof String text) {
                            cell.setCellValue(text);
                        } else if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(money);
                        } else if (value instanceof Long number) {
                            cell.setCellValue(number);
                            cell.setCellStyle(integer);
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value instanceof Instant instant) {
                            cell.setCellValue(LocalDateTime.ofInstant(instant, ZONE));
                            cell.setCellStyle(dateTime);
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                    if (probe != null) probe.rows(i);
                }
                workbook.write(out);
            }
        };
    }

    static CellStyle style(SXSSFWorkbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    static Target baselineCsv() {
        return (rows, count, out, probe) -> {
            CSVPrinter printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), CSVFormat.RFC4180);
            printer.printRecord((Object[]) LABELS);
            if (probe != null) probe.rows(-1);
            for (int i = 1; i <= count; i++) {
                Map<String, Object> values = rows.next();
                for (String key : KEYS) {
                    printer.print(values.get(key));
                }
                printer.println();
                if (probe != null) probe.rows(i);
            }
            printer.flush();
        };
    }

    static Target baselinePdf() {
        return (rows, count, out, probe) -> {
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 48, 48);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.open();
            BaseFont helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            Font font = new Font(helvetica, 8);
            PdfPTable table = new PdfPTable(KEYS.length);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String label : LABELS) {
                table.addCell(new PdfPCell(new Phrase(label, font)));
            }
            if (probe != null) probe.rows(-1);
            for (int i = 1; i <= count; i++) {
                Map<String, Object> values = rows.next();
                for (String key : KEYS) {
                    Object value = values.get(key);
                    table.addCell(new PdfPCell(new Phrase(value == null ? "" : value.toString(), font)));
                }
                if (i % SLICE == 0) {
                    document.add(table);
                }
                if (probe != null) probe.rows(i);
            }
            table.setComplete(true);
            document.add(table);
            document.close();
        };
    }

    static Target target(String format, String impl) {
        boolean ours = switch (impl) {
            case "ours" -> true;
            case "baseline" -> false;
            default -> throw new IllegalArgumentException("ours or baseline, not " + impl);
        };
        return switch (format) {
            case "xlsx" -> ours ? ours(OutputFormat.XLSX) : baselineXlsx();
            case "csv" -> ours ? ours(OutputFormat.CSV) : baselineCsv();
            case "pdf" -> ours ? ours(OutputFormat.PDF) : baselinePdf();
            default -> throw new IllegalArgumentException("xlsx, csv or pdf, not " + format);
        };
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "throughput" -> throughput(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]));
            case "preview" -> preview(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("throughput or preview, not " + args[0]);
        }
    }

    /** One render into the file, as ConversionOutput opens it; seconds. */
    static double renderToFile(Target target, int rows, Path file, Probe probe) throws IOException {
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            target.render(new Invoices(), rows, out, probe);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void throughput(String format, String impl, int rows, int runs, Path dir) throws IOException {
        Target target = target(format, impl);
        Path file = Files.createTempFile(dir, "render-" + impl + "-", "." + format);
        try {
            renderToFile(target, rows, file, null);
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                seconds[i] = renderToFile(target, rows, file, null);
            }
            long bytes = Files.size(file);
            if (bytes == 0) {
                throw new IllegalStateException("empty output");
            }
            long before = liveHeapKib();
            Probe probe = new Probe(-1, Math.max(rows / 10, 1), Math.max(rows / 2, 1), rows);
            renderToFile(target, rows, file, probe);
            long after = liveHeapKib();
            StringBuilder line = new StringBuilder().append(bytes).append(' ').append(before);
            for (long kib : probe.kib) {
                line.append(' ').append(kib);
            }
            line.append(' ').append(after);
            for (double s : seconds) {
                line.append(' ').append(String.format(Locale.ROOT, "%.3f", s));
            }
            System.out.println(line);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void preview(String impl, int rows, int repeat) throws IOException {
        Target target = target("pdf", impl);
        long start = System.nanoTime();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        target.render(new Invoices(), rows, first, null);
        double firstMs = (System.nanoTime() - start) / 1e6;
        double[] ms = new double[repeat];
        long bytes = 0;
        for (int i = 0; i < repeat; i++) {
            start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.render(new Invoices(), rows, out, null);
            bytes = out.toByteArray().length;
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%.1f %.1f %.1f %.1f %d%n",
                firstMs, nearestRank(ms, 50), nearestRank(ms, 95), ms[ms.length - 1], bytes);
    }

    /** Nearest-rank percentile of sorted values. */
    static double nearestRank(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
