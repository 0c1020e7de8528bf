package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of a table read one at a time, so a file of any length is never held in memory (CSV
 * and XLSX; JSON is read whole). Rows without values are skipped; their numbers stay taken.
 */
public interface TableCursor extends Closeable {

    /** The header's normalized column names, in order. */
    List<String> columns();

    /** The next row with a value, or null after the last. */
    Row next() throws Unreadable, IOException;

    @Override
    void close() throws IOException;

    /** A cursor over rows already read. */
    static TableCursor of(List<String> columns, List<Row> rows) {
        Iterator<Row> remaining = rows.iterator();
        return new TableCursor() {
            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public Row next() {
                return remaining.hasNext() ? remaining.next() : null;
            }

            @Override
            public void close() {}
        };
    }
}
