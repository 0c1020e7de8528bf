package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows read so far, never more than the limit: reading stops at the first row over it. */
final class TableRows {

    private final int maxRows;
    private final List<Row> rows = new ArrayList<>();

    TableRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Leaves out a row without values; its number stays taken. */
    void add(int number, Map<String, String> cells) throws Unreadable {
        if (cells.isEmpty()) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new Unreadable("The file has more than " + maxRows + " rows");
        }
        rows.add(new Row(number, cells));
    }

    /** Every row the cursor has left, at most {@code maxRows}. */
    static List<Row> drain(TableCursor cursor, int maxRows) throws Unreadable, IOException {
        TableRows rows = new TableRows(maxRows);
        for (Row row = cursor.next(); row != null; row = cursor.next()) {
            rows.add(row.number(), row.cells());
        }
        return rows.rows();
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }
}
