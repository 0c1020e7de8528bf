package dev.procura.customfields;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Custom field values between their stored JSON and plain Java values (String, BigDecimal, Boolean, List, Map). */
final class JsonValues {

    private JsonValues() {}

    static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) plain(reader.readObject());
            return values;
        }
    }

    static Object parseValue(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return plain(reader.readValue());
        }
    }

    static String write(Map<String, Object> values) {
        return json(values).toString();
    }

    static String writeValue(Object value) {
        return value == null ? null : json(value).toString();
    }

    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                ((JsonArray) value).forEach(item -> items.add(plain(item)));
                yield items;
            }
            case OBJECT -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                ((JsonObject) value).forEach((name, item) -> fields.put(name, plain(item)));
                yield fields;
            }
        };
    }

    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof BigDecimal number) {
            return Json.createValue(number);
        }
        if (value instanceof Number number) {
            return Json.createValue(new BigDecimal(number.toString()));
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof List<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> fields) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            fields.forEach((name, item) -> object.add(String.valueOf(name), json(item)));
            return object.build();
        }
        return Json.createValue(value.toString());
    }
}
