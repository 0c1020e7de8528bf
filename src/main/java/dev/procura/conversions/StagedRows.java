package dev.procura.conversions;

import dev.procura.conversions.render.Row;
import dev.procura.conversions.render.ValueFormat;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one chunk as they wait in the database to be rendered: a JSON array with one entry
 * per record, {@code [values, lines]}, values in column order. Read back with the columns'
 * formats, each value is what it was (numbers keep their scale, dates their type), so a file
 * rendered from staged rows is the same whichever server staged them and whenever.
 */
final class StagedRows {

    private StagedRows() {}

    static String write(TemplateDefinition definition, List<Row> rows) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            for (Row row : rows) {
                json.writeStartArray();
                values(json, definition.columns(), row.values());
                json.writeStartArray();
                for (Map<String, Object> line : row.lines()) {
                    values(json, definition.lineColumns(), line);
                }
                json.writeEnd();
                json.writeEnd();
            }
            json.writeEnd();
        }
        return out.toString();
    }

    static List<Row> read(TemplateDefinition definition, String staged) {
        try (JsonReader reader = Json.createReader(new StringReader(staged))) {
            List<Row> rows = new ArrayList<>();
            for (JsonValue entry : reader.readArray()) {
                JsonArray record = entry.asJsonArray();
                List<Map<String, Object>> lines = new ArrayList<>();
                for (JsonValue line : record.getJsonArray(1)) {
                    lines.add(values(definition.lineColumns(), line.asJsonArray()));
                }
                rows.add(new Row(values(definition.columns(), record.getJsonArray(0)), lines));
            }
            return rows;
        }
    }

    private static void values(JsonGenerator json, List<TemplateDefinition.Field> columns, Map<String, Object> values) {
        json.writeStartArray();
        for (TemplateDefinition.Field column : columns) {
            Object value = values.get(column.key());
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal number) {
                json.write(number);
            } else if (value instanceof Long number) {
                json.write(number.longValue());
            } else if (value instanceof Boolean flag) {
                json.write(flag.booleanValue());
            } else {
                json.write(value.toString());
            }
        }
        json.writeEnd();
    }

    private static Map<String, Object> values(List<TemplateDefinition.Field> columns, JsonArray staged) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i).key(), value(staged.get(i), columns.get(i).format()));
        }
        return values;
    }

    private static Object value(JsonValue staged, ValueFormat format) {
        return switch (staged.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> {
                JsonNumber number = (JsonNumber) staged;
                yield number.isIntegral() && format == ValueFormat.INTEGER
                        ? (Object) number.longValue()
                        : number.bigDecimalValue();
            }
            default -> text(((JsonString) staged).getString(), format);
        };
    }

    private static Object text(String text, ValueFormat format) {
        try {
            return switch (format) {
                case DATE -> LocalDate.parse(text);
                case DATETIME -> Instant.parse(text);
                default -> text;
            };
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }
}
