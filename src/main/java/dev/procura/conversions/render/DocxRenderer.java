package dev.procura.conversions.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document: the title, then one table of records, or per record its values as label/value
 * pairs and the table of its lines. Values are shown for people ({@link HumanValues}).
 *
 * <p>Unlike the other renderers, POI's XWPF holds the whole document in memory until {@link
 * #finish} writes it: accepted for Word, which people read page by page, so its outputs stay small.
 */
final class DocxRenderer implements Renderer {

    private final Sheet sheet;
    private final OutputStream out;
    private final XWPFDocument document = new XWPFDocument();
    private final HumanValues values;
    private final Totals totals;
    private final XWPFTable table;
    private boolean firstRecord = true;

    DocxRenderer(Sheet sheet, OutputStream out) {
        this.sheet = sheet;
        this.out = out;
        values = new HumanValues(sheet.locale(), sheet.zone());
        totals = new Totals(sheet.totals());
        DocxPage.setUp(document, sheet);
        XWPFRun title = document.createParagraph().createRun();
        title.setBold(true);
        title.setFontSize(16);
        title.setText(DocxText.of(sheet.title()));
        table = sheet.hasLines() ? null : newTable(sheet.columns());
    }

    @Override
    public void write(Row row) {
        if (sheet.hasLines()) {
            writeRecord(row);
        } else {
            addRow(table, sheet.columns(), row.values());
            totals.add(row.values());
        }
    }

    private void writeRecord(Row row) {
        if (!firstRecord) {
            XWPFParagraph gap = document.createParagraph();
            if (sheet.layout().pageBreakPerRecord()) {
                gap.createRun().addBreak(BreakType.PAGE);
            }
        }
        firstRecord = false;
        XWPFTable head = document.createTable(sheet.columns().size(), 2);
        head.setWidth("100%");
        for (int i = 0; i < sheet.columns().size(); i++) {
            Column column = sheet.columns().get(i);
            XWPFTableRow pair = head.getRow(i);
            text(pair.getCell(0), DocxText.of(column.label()), true, false);
            text(
                    pair.getCell(1),
                    DocxText.of(values.text(row.values().get(column.key()), column.format())),
                    false,
                    false);
        }
        document.createParagraph();
        XWPFTable lines = newTable(sheet.lineColumns());
        totals.reset();
        for (Map<String, Object> line : row.lines()) {
            addRow(lines, sheet.lineColumns(), line);
            totals.add(line);
        }
        addTotals(lines, sheet.lineColumns());
    }

    private XWPFTable newTable(List<Column> columns) {
        XWPFTable created = document.createTable(1, columns.size());
        created.setWidth("100%");
        XWPFTableRow header = created.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < columns.size(); i++) {
            text(header.getCell(i), DocxText.of(columns.get(i).label()), true, false);
        }
        return created;
    }

    private void addRow(XWPFTable into, List<Column> columns, Map<String, Object> rowValues) {
        XWPFTableRow row = into.createRow();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String shown = DocxText.of(values.text(rowValues.get(column.key()), column.format()));
            text(row.getCell(i), shown, false, HumanValues.isNumeric(column.format()));
        }
    }

    private void addTotals(XWPFTable into, List<Column> columns) {
        if (totals.isEmpty()) {
            return;
        }
        XWPFTableRow row = into.createRow();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            BigDecimal sum = totals.of(column.key());
            String shown = sum != null ? values.text(sum, column.format()) : i == 0 ? "Total" : "";
            text(row.getCell(i), shown, true, sum != null);
        }
    }

    private static void text(XWPFTableCell cell, String text, boolean bold, boolean right) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (right) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        if (bold) {
            run.setBold(true);
        }
        run.setText(text);
    }

    @Override
    public void finish() throws IOException {
        if (table != null) {
            addTotals(table, sheet.columns());
        }
        document.write(new KeptOpenStream(out));
        out.flush();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // An in-memory document without a package file: nothing is left open.
        }
    }
}
