package dev.procura.conversions.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sheet as one flat table, for spreadsheets and CSV that cannot nest: the record columns, then
 * the line columns; a record gives one table row per line with its own values repeated in front,
 * or one row with empty line cells when it has no lines.
 */
final class FlatTable {

    /** Receives one table row: the record's values and one line's values (empty without lines). */
    interface RowSink {
        void row(Map<String, Object> record, Map<String, Object> line) throws IOException;
    }

    private FlatTable() {}

    static List<Column> columns(Sheet sheet) {
        List<Column> columns = new ArrayList<>(sheet.columns());
        columns.addAll(sheet.lineColumns());
        return List.copyOf(columns);
    }

    static void rows(Row row, RowSink sink) throws IOException {
        if (row.lines().isEmpty()) {
            sink.row(row.values(), Map.of());
            return;
        }
        for (Map<String, Object> line : row.lines()) {
            sink.row(row.values(), line);
        }
    }

    /** The values the totals sum: the lines' when the sheet has line columns, else the record's. */
    static void addTo(Totals totals, Sheet sheet, Row row) {
        if (!sheet.hasLines()) {
            totals.add(row.values());
            return;
        }
        for (Map<String, Object> line : row.lines()) {
            totals.add(line);
        }
    }
}
