package dev.procura.platform.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of an uploaded line table (CSV, XLSX or JSON) whose columns are line fields such as
 * {@code item_code}, {@code quantity} or {@code unit_price}. It only reads the table: the values are the
 * caller's to validate.
 *
 * <p>Column names are normalized: trimmed, lower-cased, each run of inner whitespace or hyphens turned into
 * {@code _} ("Unit Price" is {@code unit_price}). Values are trimmed; a blank value (or a JSON null) is absent
 * from its row, and a row without any value is left out. A value in CSV or XLSX beyond the header's last
 * column, or a nested object or array in JSON, makes the whole file unreadable, naming the row.
 *
 * <p>Row numbers let a person find the row in their file. In CSV and XLSX the header is the first non-blank
 * row and row 1 is the one right below it; blank rows count, so row 7 is the seventh row under the header
 * even when some above it are blank. In JSON, row N is the N-th element of the lines array. {@code maxRows}
 * counts the rows returned, not the blank ones.
 */
public final class ImportTable {

    private static final String CSV = "text/csv";
    private static final String TEXT = "text/plain";
    private static final String JSON = "application/json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** The types {@link #read} takes (plain text is read as CSV); parameters such as charset are ignored. */
    public static final Set<String> MIME_TYPES = Set.of(CSV, TEXT, JSON, XLSX);

    private ImportTable() {}

    /** One data row: number is 1-based, counting data rows only (the header is not a row). */
    public record Row(int number, Map<String, String> cells) {

        /** @param cells values by normalized column name, blank values absent; kept in column order */
        public Row {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    /**
     * Why a file cannot be read as a table at all (not CSV/XLSX/JSON, no header, duplicate column, too many
     * rows, nested value...); the message is meant for the person who uploaded it.
     */
    public static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads every row of the table. CSV is RFC 4180 quoting, ',' or ';' between values; JSON is an array of
     * objects or an object with a "lines" array of them; both are UTF-8, with or without BOM. XLSX is the first
     * sheet.
     * Does not close {@code content}.
     *
     * @param mimeType one of {@link #MIME_TYPES}
     * @param maxRows the most rows accepted; a file with more is unreadable
     * @throws Unreadable when the file is not such a table; the message says why, for the uploader
     * @throws IOException when {@code content} cannot be read
     */
    public static List<Row> read(InputStream content, String mimeType, int maxRows) throws Unreadable, IOException {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative");
        }
        InputStream unclosed = new FilterInputStream(content) {
            @Override
            public void close() {}
        };
        return switch (type(mimeType)) {
            case CSV, TEXT -> CsvTable.read(unclosed, maxRows);
            case JSON -> JsonTable.read(unclosed, maxRows);
            case XLSX -> XlsxTable.read(unclosed, maxRows);
            default -> throw unsupported(mimeType);
        };
    }

    /**
     * Opens the table for reading a row at a time: CSV and XLSX stream (a file of any length), JSON is read
     * whole, up to {@code maxJsonRows}. Closing the cursor closes {@code content}.
     *
     * @throws Unreadable when the file is not such a table or has no header
     */
    public static TableCursor open(InputStream content, String mimeType, int maxJsonRows)
            throws Unreadable, IOException {
        return switch (type(mimeType)) {
            case CSV, TEXT -> CsvTable.open(content);
            case XLSX -> {
                try (content) {
                    yield XlsxTable.open(content);
                }
            }
            case JSON -> {
                try (content) {
                    List<Row> rows = JsonTable.read(content, maxJsonRows);
                    java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>();
                    rows.forEach(row -> columns.addAll(row.cells().keySet()));
                    yield TableCursor.of(List.copyOf(columns), rows);
                }
            }
            default -> throw unsupported(mimeType);
        };
    }

    private static String type(String mimeType) {
        return mimeType == null ? "" : mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Unreadable unsupported(String mimeType) {
        String type = type(mimeType);
        return new Unreadable(
                "Files of type " + (type.isEmpty() ? "(none)" : type) + " cannot be imported: use CSV, XLSX or JSON");
    }

    /** Strict UTF-8 text without its byte order mark: a malformed byte throws CharacterCodingException. */
    static BufferedReader utf8(InputStream content) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(
                content,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }

    static String columnName(String raw) {
        return SEPARATORS.matcher(raw.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    /** The trimmed value, or null when blank. */
    static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }
}
