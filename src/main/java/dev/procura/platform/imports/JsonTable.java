package dev.procura.platform.imports;

import dev.procura.platform.imports.ImportTable.Row;
import dev.procura.platform.imports.ImportTable.Unreadable;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON array of line objects, or an object whose "lines" member is one (its other members are ignored).
 * Read as a stream: reading stops at the first row over the limit. A nested object or array as a value
 * makes the file unreadable, naming the row and field: a line's fields are flat.
 */
final class JsonTable {

    private static final String SHAPE = "The JSON must be an array of lines or an object with a \"lines\" array";
    /** Past this, a number's plain form grows without bound (1e999999999 would be a billion digits). */
    private static final int MAX_PLAIN_SCALE = 100;

    private JsonTable() {}

    static List<Row> read(InputStream content, int maxRows) throws Unreadable, IOException {
        TableRows rows = new TableRows(maxRows);
        try (JsonParser parser = Json.createParser(ImportTable.utf8(content))) {
            Event first = parser.hasNext() ? parser.next() : null;
            if (first == Event.START_ARRAY) {
                lines(parser, rows);
            } else if (first == Event.START_OBJECT) {
                document(parser, rows);
            } else {
                throw new Unreadable(SHAPE);
            }
            if (parser.hasNext()) {
                throw new Unreadable("The file has more after its JSON value");
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
            throw new Unreadable("The file is not valid JSON" + where, e);
        } catch (CharacterCodingException e) {
            throw new Unreadable("The file is not UTF-8 text", e);
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new Unreadable("The file is not UTF-8 text", e);
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new Unreadable("The file is not valid JSON", e);
        }
        return rows.rows();
    }

    private static void document(JsonParser parser, TableRows rows) throws Unreadable {
        boolean found = false;
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            Event value = parser.next();
            if (!key.equals("lines")) {
                skip(parser, value);
            } else if (found) {
                throw new Unreadable("\"lines\" appears twice");
            } else if (value != Event.START_ARRAY) {
                throw new Unreadable(SHAPE);
            } else {
                lines(parser, rows);
                found = true;
            }
        }
        if (!found) {
            throw new Unreadable(SHAPE);
        }
    }

    private static void lines(JsonParser parser, TableRows rows) throws Unreadable {
        int number = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            number++;
            if (event != Event.START_OBJECT) {
                throw new Unreadable("Row " + number + " is not an object");
            }
            rows.add(number, cells(parser, number));
        }
    }

    private static Map<String, String> cells(JsonParser parser, int number) throws Unreadable {
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> keysByName = new LinkedHashMap<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String name = ImportTable.columnName(key);
            if (name.isEmpty()) {
                throw new Unreadable("Row " + number + " has a field without a name");
            }
            String earlier = keysByName.putIfAbsent(name, key);
            if (earlier != null) {
                throw new Unreadable("Row " + number + " has field \"" + name + "\" twice (\"" + earlier + "\" and \""
                        + key + "\")");
            }
            String value = value(parser, parser.next(), number, name);
            if (value != null) {
                cells.put(name, value);
            }
        }
        return cells;
    }

    private static String value(JsonParser parser, Event event, int number, String name) throws Unreadable {
        return switch (event) {
            case VALUE_STRING -> ImportTable.value(parser.getString());
            case VALUE_NUMBER -> number(parser.getBigDecimal());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default ->
                throw new Unreadable(
                        "Row " + number + ", field \"" + name + "\": a nested object or array is not a value");
        };
    }

    private static String number(BigDecimal value) {
        return Math.abs(value.scale()) <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString();
    }

    private static void skip(JsonParser parser, Event value) {
        if (value == Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
