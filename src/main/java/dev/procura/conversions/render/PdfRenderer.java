package dev.procura.conversions.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A PDF on A4: the title, then one table of records, or per record its values as label/value
 * pairs and the table of its lines; the tables' header row repeats on every page, the page frame
 * ({@link PdfPageFrame}) carries the tenant, the footer and "Page x of y". Values are shown for
 * people ({@link HumanValues}).
 */
final class PdfRenderer implements Renderer {

    /** Rows added to the document at a time: the filled pages go to the stream, memory stays flat. */
    static final int SLICE_ROWS = 100;

    private final Sheet sheet;
    private final Document document;
    private final PdfFonts fonts = new PdfFonts();
    private final HumanValues values;
    private final Totals totals;
    private PdfPTable table;
    private int pendingRows;
    private boolean firstRecord = true;

    PdfRenderer(Sheet sheet, OutputStream out) {
        this.sheet = sheet;
        values = new HumanValues(sheet.locale(), sheet.zone());
        totals = new Totals(sheet.totals());
        Rectangle size = sheet.layout().landscape() ? PageSize.A4.rotate() : PageSize.A4;
        document = new Document(size, 36, 36, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PdfPageFrame(sheet, fonts));
        document.open();
        Paragraph title = new Paragraph(PdfText.of(sheet.title()), fonts.title);
        title.setSpacingAfter(8);
        document.add(title);
        if (!sheet.hasLines()) {
            table = newTable(sheet.columns());
        }
    }

    @Override
    public void write(Row row) {
        if (sheet.hasLines()) {
            writeRecord(row);
        } else {
            addRow(sheet.columns(), row.values());
            totals.add(row.values());
        }
    }

    private void writeRecord(Row row) {
        if (!firstRecord && sheet.layout().pageBreakPerRecord()) {
            document.newPage();
        }
        firstRecord = false;
        document.add(head(row.values()));
        table = newTable(sheet.lineColumns());
        totals.reset();
        for (Map<String, Object> line : row.lines()) {
            addRow(sheet.lineColumns(), line);
            totals.add(line);
        }
        completeTable(sheet.lineColumns());
    }

    /** A record's own values, label beside value. */
    private PdfPTable head(Map<String, Object> recordValues) {
        PdfPTable head = new PdfPTable(new float[] {1, 3});
        head.setWidthPercentage(60);
        head.setHorizontalAlignment(Element.ALIGN_LEFT);
        head.setSpacingBefore(6);
        head.setSpacingAfter(6);
        for (Column column : sheet.columns()) {
            head.addCell(cell(PdfText.of(column.label()), true, false, Rectangle.NO_BORDER));
            String shown = values.text(recordValues.get(column.key()), column.format());
            head.addCell(cell(PdfText.of(shown), false, false, Rectangle.NO_BORDER));
        }
        return head;
    }

    private PdfPTable newTable(List<Column> columns) {
        PdfPTable created = new PdfPTable(Math.max(columns.size(), 1));
        created.setWidthPercentage(100);
        created.setHeaderRows(1);
        // Large-table mode: the rows added so far are laid out and dropped at each document.add.
        created.setComplete(false);
        for (Column column : columns) {
            created.addCell(cell(PdfText.of(column.label()), true, false, Rectangle.BOX));
        }
        pendingRows = 0;
        return created;
    }

    private void addRow(List<Column> columns, Map<String, Object> rowValues) {
        for (Column column : columns) {
            String shown = values.text(rowValues.get(column.key()), column.format());
            table.addCell(cell(PdfText.of(shown), false, HumanValues.isNumeric(column.format()), Rectangle.BOX));
        }
        if (++pendingRows == SLICE_ROWS) {
            document.add(table);
            pendingRows = 0;
        }
    }

    private void completeTable(List<Column> columns) {
        if (!totals.isEmpty()) {
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                BigDecimal sum = totals.of(column.key());
                String shown = sum != null ? values.text(sum, column.format()) : i == 0 ? "Total" : "";
                table.addCell(cell(PdfText.of(shown), true, sum != null, Rectangle.BOX));
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    private PdfPCell cell(String text, boolean bold, boolean right, int border) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold ? fonts.bold : fonts.regular));
        cell.setBorder(border);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    @Override
    public void finish() {
        if (!sheet.hasLines()) {
            completeTable(sheet.columns());
        }
        document.close();
    }

    @Override
    public void close() {
        // Finished pages went to the stream; what is left is heap, and the stream is the caller's.
    }
}
