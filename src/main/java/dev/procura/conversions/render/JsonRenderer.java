package dev.procura.conversions.render;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * JSON for programs, streamed: an array of records, each an object of its column keys, its lines
 * nested under {@code "lines"}. Numbers are JSON numbers, dates ISO-8601 strings; no totals.
 */
final class JsonRenderer implements Renderer {

    private final Sheet sheet;
    private final JsonGenerator json;
    private final MachineValues values;

    JsonRenderer(Sheet sheet, OutputStream out) {
        this.sheet = sheet;
        values = new MachineValues(sheet.zone());
        json = Json.createGenerator(new KeptOpenStream(out));
        json.writeStartArray();
    }

    @Override
    public void write(Row row) {
        json.writeStartObject();
        fields(sheet.columns(), row.values());
        if (sheet.hasLines()) {
            json.writeStartArray("lines");
            for (Map<String, Object> line : row.lines()) {
                json.writeStartObject();
                fields(sheet.lineColumns(), line);
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void fields(List<Column> columns, Map<String, Object> rowValues) {
        for (Column column : columns) {
            String key = column.key();
            Object value = rowValues.get(key);
            if (value == null) {
                json.writeNull(key);
            } else if (value instanceof BigDecimal number) {
                json.write(key, MachineValues.number(number, column.format()));
            } else if (value instanceof Long || value instanceof Integer) {
                json.write(key, ((Number) value).longValue());
            } else if (value instanceof Boolean yes) {
                json.write(key, yes);
            } else if (value instanceof Instant || value instanceof LocalDate) {
                json.write(key, values.text(value, column.format()));
            } else {
                json.write(key, TextLimit.cap(value.toString()));
            }
        }
    }

    @Override
    public void finish() {
        json.writeEnd();
        // The generator's close() completes the output; the stream under it stays open.
        json.close();
    }

    @Override
    public void close() {
        // The generator holds only a buffer, written out by finish().
    }
}
