package dev.procura.conversions.render;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything an output needs to know before its first row: its title, whose it is, how values
 * read, its columns and its layout.
 *
 * <p>Without {@code lineColumns} every record is one row of one table. With them, a record is a
 * head (its {@code columns}) and a table of its lines: spreadsheets and CSV flatten that into one
 * row per line, the record's values repeated in front; documents print the head as label/value
 * pairs and then the lines' table; JSON nests the lines under {@code "lines"}. {@code totals} are
 * keys of the table's columns (line columns when there are lines) whose numbers are summed into a
 * totals row (per record when there are lines, for the whole output otherwise). {@code brandHeader}
 * and {@code brandFooter} are the tenant's branding texts printed on every page of a document
 * (null: none).
 */
public record Sheet(
        String title,
        String tenantName,
        Locale locale,
        ZoneId zone,
        List<Column> columns,
        List<Column> lineColumns,
        List<String> totals,
        Layout layout,
        String brandHeader,
        String brandFooter) {

    public Sheet {
        columns = List.copyOf(columns);
        lineColumns = lineColumns == null ? List.of() : List.copyOf(lineColumns);
        totals = totals == null ? List.of() : List.copyOf(totals);
        layout = layout == null ? Layout.DEFAULT : layout;
    }

    /** A sheet without branding texts. */
    public Sheet(
            String title,
            String tenantName,
            Locale locale,
            ZoneId zone,
            List<Column> columns,
            List<Column> lineColumns,
            List<String> totals,
            Layout layout) {
        this(title, tenantName, locale, zone, columns, lineColumns, totals, layout, null, null);
    }

    public boolean hasLines() {
        return !lineColumns.isEmpty();
    }
}
