package dev.procura.conversions;

import dev.procura.approvals.Condition;
import dev.procura.approvals.Formula;
import dev.procura.conversions.render.Row;
import dev.procura.conversions.render.ValueFormat;
import dev.procura.platform.exports.ExportRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a source record into the row a template shows: its fields under the columns' keys and
 * the computed columns evaluated. A computed value that cannot be had for a record (a division
 * by zero, arithmetic on an empty field) is left empty and reported, and the conversion goes on.
 */
final class RowMapping {

    private final TemplateDefinition definition;
    private final Map<String, Formula> formulas = new HashMap<>();

    RowMapping(TemplateDefinition definition) {
        this.definition = definition;
        for (TemplateDefinition.Field field : concat(definition.columns(), definition.lineColumns())) {
            if (field.isComputed()) {
                formulas.put(field.key(), Formula.parse(field.expression()));
            }
        }
    }

    Row map(ExportRecord record, Consumer<String> problems) {
        Map<String, Object> values = values(definition.columns(), record.values(), record.key(), problems);
        List<Map<String, Object>> lines = new ArrayList<>();
        if (!definition.lineColumns().isEmpty()) {
            for (Map<String, Object> line : record.lines()) {
                Map<String, Object> readable = new HashMap<>(record.values());
                readable.putAll(line);
                lines.add(values(
                        definition.lineColumns(), readable, record.key() + " line " + line.get("line"), problems));
            }
        }
        return new Row(values, lines);
    }

    private Map<String, Object> values(
            List<TemplateDefinition.Field> columns,
            Map<String, Object> source,
            String where,
            Consumer<String> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> readable = null;
        for (TemplateDefinition.Field column : columns) {
            if (!column.isComputed()) {
                values.put(column.key(), source.get(column.field()));
                continue;
            }
            if (readable == null) {
                readable = readable(source);
            }
            try {
                values.put(column.key(), typed(formulas.get(column.key()).evaluate(readable), column.format()));
            } catch (Condition.Invalid e) {
                values.put(column.key(), null);
                problems.accept(where + ", " + column.key() + ": " + e.getMessage());
            }
        }
        return values;
    }

    /** The fields as a formula reads them: dates as ISO text, everything else as it is. */
    private static Map<String, Object> readable(Map<String, Object> source) {
        Map<String, Object> readable = new HashMap<>(source.size());
        source.forEach((key, value) ->
                readable.put(key, value instanceof LocalDate || value instanceof Instant ? value.toString() : value));
        return readable;
    }

    private static Object typed(Object value, ValueFormat format) {
        if (value instanceof BigDecimal number && format == ValueFormat.INTEGER) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException notWhole) {
                return number;
            }
        }
        if (value != null && format == ValueFormat.TEXT && !(value instanceof String)) {
            return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        }
        return value;
    }

    private static List<TemplateDefinition.Field> concat(
            List<TemplateDefinition.Field> a, List<TemplateDefinition.Field> b) {
        List<TemplateDefinition.Field> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
