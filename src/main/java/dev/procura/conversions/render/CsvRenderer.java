package dev.procura.conversions.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for programs: RFC 4180 (CRLF, quotes where needed), UTF-8, machine-readable values, the
 * header of labels, no totals row. Lines are flattened ({@link FlatTable}).
 */
final class CsvRenderer implements Renderer {

    /** Excel reads UTF-8 without mojibake only when the file starts with a byte order mark. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer writer;
    private final CSVPrinter printer;
    private final MachineValues values;
    private final List<Column> columns;
    private final int recordColumns;

    CsvRenderer(Sheet sheet, OutputStream out, boolean byteOrderMark) throws IOException {
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (byteOrderMark) {
            writer.write(BYTE_ORDER_MARK);
        }
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        values = new MachineValues(sheet.zone());
        columns = FlatTable.columns(sheet);
        recordColumns = sheet.columns().size();
        for (Column column : columns) {
            printer.print(SpreadsheetText.cell(column.label()));
        }
        printer.println();
    }

    @Override
    public void write(Row row) throws IOException {
        FlatTable.rows(row, this::print);
    }

    private void print(Map<String, Object> record, Map<String, Object> line) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object value = (i < recordColumns ? record : line).get(column.key());
            printer.print(
                    value instanceof String text ? SpreadsheetText.cell(text) : values.text(value, column.format()));
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() {
        // Nothing to release but buffers; closing the printer would close the caller's stream.
    }
}
