package dev.procura.platform.exports;

import dev.procura.platform.web.JsonNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The exported fields of a response record (a capability's API view): every component of a plain
 * type, under its JSON name, so an export shows what the API shows. Nested records and lists of
 * records are left out (lines are exported on their own); lists of text are joined.
 */
public final class RecordFields {

    private static final Pattern MONEY = Pattern.compile("(^|_)(amount|total|subtotal|price|spend)($|_)");

    private RecordFields() {}

    public static List<ExportField> of(Class<? extends Record> view, Set<String> skipped) {
        List<ExportField> fields = new ArrayList<>();
        for (RecordComponent component : view.getRecordComponents()) {
            String key = JsonNames.snakeCase(component.getName());
            FieldType type = typeOf(key, component);
            if (type != null && !skipped.contains(key)) {
                fields.add(new ExportField(key, type));
            }
        }
        return List.copyOf(fields);
    }

    public static Map<String, Object> values(Record view, List<ExportField> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            components.put(JsonNames.snakeCase(component.getName()), component);
        }
        for (ExportField field : fields) {
            RecordComponent component = components.get(field.key());
            values.put(field.key(), component == null ? null : plain(read(view, component)));
        }
        return values;
    }

    private static Object read(Record view, RecordComponent component) {
        try {
            return component.getAccessor().invoke(view);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof UUID || value instanceof Enum<?>) {
            return value.toString().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value;
    }

    private static FieldType typeOf(String key, RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class || type == UUID.class || type.isEnum()) {
            return FieldType.TEXT;
        }
        if (type == BigDecimal.class) {
            return MONEY.matcher(key).find() ? FieldType.MONEY : FieldType.DECIMAL;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return FieldType.INTEGER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return FieldType.DATE;
        }
        if (type == Instant.class) {
            return FieldType.DATETIME;
        }
        if (Collection.class.isAssignableFrom(type)
                && component.getGenericType().getTypeName().endsWith("<java.lang.String>")) {
            return FieldType.TEXT;
        }
        return null;
    }
}
