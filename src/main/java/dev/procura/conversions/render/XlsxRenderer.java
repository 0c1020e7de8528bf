package dev.procura.conversions.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of one sheet, streamed: POI's SXSSF keeps {@link #ROW_WINDOW} rows in memory
 * and writes older ones to a compressed temporary file. Typed cells (numbers, dates, booleans),
 * a bold frozen header with an auto filter, lines flattened ({@link FlatTable}), and a final
 * "Total" row of plain numbers: no formulas anywhere.
 */
final class XlsxRenderer implements Renderer {

    static final int ROW_WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final OutputStream out;
    private final ZoneId zone;
    private final List<Column> columns;
    private final int recordColumns;
    private final Totals totals;
    private final Sheet source;
    private int nextRow;

    XlsxRenderer(Sheet source, OutputStream out) {
        this.source = source;
        this.out = out;
        zone = source.zone();
        columns = FlatTable.columns(source);
        recordColumns = source.columns().size();
        totals = new Totals(source.totals());
        workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        styles = new XlsxStyles(workbook);
        String title = source.title() == null || source.title().isBlank() ? "Sheet" : source.title();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        writeHeader();
    }

    private void writeHeader() {
        SXSSFRow header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            String label = SpreadsheetText.cell(columns.get(i).label());
            Cell cell = header.createCell(i);
            cell.setCellValue(label);
            cell.setCellStyle(styles.header);
            // Widths from the labels: autoSizeColumn would need every row, which SXSSF has flushed.
            sheet.setColumnWidth(i, Math.min(Math.max(label.length() + 2, 12), 60) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, Math.max(columns.size() - 1, 0)));
    }

    @Override
    public void write(Row row) throws IOException {
        FlatTable.rows(row, this::writeRow);
        FlatTable.addTo(totals, source, row);
    }

    private void writeRow(Map<String, Object> record, Map<String, Object> line) {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = (i < recordColumns ? record : line).get(column.key());
            if (value != null) {
                fill(row.createCell(i), value, column.format());
            }
        }
    }

    private void fill(Cell cell, Object value, ValueFormat format) {
        if (value instanceof String text) {
            cell.setCellValue(SpreadsheetText.cell(text));
        } else if (value instanceof BigDecimal number) {
            number(cell, number.doubleValue(), format);
        } else if (value instanceof Long || value instanceof Integer) {
            number(cell, ((Number) value).longValue(), format);
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.of(ValueFormat.DATE));
        } else if (value instanceof Instant instant) {
            // Excel has no zones: the sheet's local date-time is what its readers expect to see.
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(styles.of(format == ValueFormat.DATE ? ValueFormat.DATE : ValueFormat.DATETIME));
        } else {
            cell.setCellValue(SpreadsheetText.cell(value.toString()));
        }
    }

    private void number(Cell cell, double number, ValueFormat format) {
        cell.setCellValue(number);
        CellStyle style = styles.of(format);
        cell.setCellStyle(style != null && HumanValues.isNumeric(format) ? style : styles.of(ValueFormat.DECIMAL));
    }

    @Override
    public void finish() throws IOException {
        if (!totals.isEmpty()) {
            writeTotals();
        }
        workbook.write(new KeptOpenStream(out));
        out.flush();
    }

    private void writeTotals() {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            BigDecimal sum = i < recordColumns && source.hasLines() ? null : totals.of(column.key());
            if (sum != null) {
                number(row.createCell(i), sum.doubleValue(), column.format());
            } else if (i == 0) {
                Cell label = row.createCell(0);
                label.setCellValue("Total");
                label.setCellStyle(styles.totalLabel);
            }
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // Only temporary files were left to release, and dispose() has removed them.
        }
    }
}
