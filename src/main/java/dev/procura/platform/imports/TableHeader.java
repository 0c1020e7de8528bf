package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Unreadable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of a CSV or XLSX table by position, under their normalized names. */
final class TableHeader {

    private final List<String> columns;

    private TableHeader(List<String> columns) {
        this.columns = columns;
    }

    /** Blank cells after the last name are ignored (spreadsheets pad rows); a blank cell before it is not. */
    static TableHeader of(List<String> cells) throws Unreadable {
        int width = cells.size();
        while (width > 0 && ImportTable.value(cells.get(width - 1)) == null) {
            width--;
        }
        Map<String, String> rawByName = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            String raw = ImportTable.value(cells.get(i));
            if (raw == null) {
                throw new Unreadable("Column " + (i + 1) + " of the header has no name");
            }
            String name = ImportTable.columnName(raw);
            String earlier = rawByName.putIfAbsent(name, raw);
            if (earlier != null) {
                throw new Unreadable("Column \"" + name + "\" appears twice in the header (\"" + earlier + "\" and \""
                        + raw + "\")");
            }
        }
        return new TableHeader(new ArrayList<>(rawByName.keySet()));
    }

    /** The row's values by column name; a value beyond the last column means the row does not fit the header. */
    Map<String, String> cells(int rowNumber, List<String> values) throws Unreadable {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String value = ImportTable.value(values.get(i));
            if (value == null) {
                continue;
            }
            if (i >= columns.size()) {
                throw new Unreadable(
                        "Row " + rowNumber + " has more values than the header has columns (" + columns.size() + ")");
            }
            cells.put(columns.get(i), value);
        }
        return cells;
    }

    List<String> columns() {
        return List.copyOf(columns);
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> ImportTable.value(cell) == null);
    }
}
