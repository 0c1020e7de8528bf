package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A UTF-8 CSV table (RFC 4180 quoting), values separated by ',' or, when the header has only those, ';'. */
final class CsvTable {

    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private CsvTable() {}

    static List<Row> read(InputStream content, int maxRows) throws Unreadable, IOException {
        try (TableCursor cursor = open(content)) {
            return TableRows.drain(cursor, maxRows);
        }
    }

    /** Reads up to the header; the cursor reads a row per call and closes {@code content} when closed. */
    static TableCursor open(InputStream content) throws Unreadable, IOException {
        CSVParser parser;
        try {
            BufferedReader text = ImportTable.utf8(content);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter(text))
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            parser = format.parse(text);
        } catch (CharacterCodingException e) {
            throw new Unreadable("The file is not UTF-8 text", e);
        }
        Records records = new Records(parser);
        try {
            records.readHeader();
        } catch (Unreadable | IOException | RuntimeException e) {
            records.close();
            throw e;
        }
        return records;
    }

    /** The records after the header, each checked for binary content and fitted to the header. */
    private static final class Records implements TableCursor {

        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private TableHeader header;
        private long headerRecord;

        Records(CSVParser parser) {
            this.parser = parser;
            this.records = parser.iterator();
        }

        void readHeader() throws Unreadable, IOException {
            for (CSVRecord record = record(); record != null; record = record()) {
                List<String> values = values(record);
                if (!TableHeader.isBlank(values)) {
                    header = TableHeader.of(values);
                    headerRecord = record.getRecordNumber();
                    return;
                }
            }
            throw new Unreadable("The file has no header row");
        }

        @Override
        public List<String> columns() {
            return header.columns();
        }

        @Override
        public Row next() throws Unreadable, IOException {
            for (CSVRecord record = record(); record != null; record = record()) {
                int number = Math.toIntExact(record.getRecordNumber() - headerRecord);
                Map<String, String> cells = header.cells(number, values(record));
                if (!cells.isEmpty()) {
                    return new Row(number, cells);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }

        private CSVRecord record() throws Unreadable, IOException {
            try {
                return CsvTable.next(records);
            } catch (CharacterCodingException e) {
                throw new Unreadable("The file is not UTF-8 text", e);
            } catch (CSVException e) {
                throw new Unreadable("The file is not valid CSV: " + e.getMessage(), e);
            }
        }

        private static List<String> values(CSVRecord record) throws Unreadable {
            List<String> values = record.toList();
            if (values.stream().anyMatch(CsvTable::isBinary)) {
                throw new Unreadable("The file is not CSV text: it holds control characters");
            }
            return values;
        }
    }

    /** Commons CSV's iterator wraps read and parse errors; unwrapped, they are told apart above. */
    private static CSVRecord next(Iterator<CSVRecord> records) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** ';' when the first non-blank line has a ';' and no ',' (a spreadsheet saved in a comma-decimal locale). */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD);
        StringBuilder line = new StringBuilder();
        for (int read = 0, c; read < HEADER_LOOKAHEAD && (c = text.read()) != -1; read++) {
            if (c != '\n' && c != '\r') {
                line.append((char) c);
            } else if (line.toString().isBlank()) {
                line.setLength(0);
            } else {
                break;
            }
        }
        text.reset();
        return line.indexOf(";") >= 0 && line.indexOf(",") < 0 ? ';' : ',';
    }

    private static boolean isBinary(String value) {
        for (int i = 0; i < value.length(); i++) { // a plain loop: this runs on every cell of a file
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
