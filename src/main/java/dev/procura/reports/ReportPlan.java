package dev.procura.reports;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A report definition checked against its dataset's fields and made ready to run: which rows it
 * keeps (the conditions), what each output row holds (the columns, or the groups and their
 * aggregates), in which order and how many. Every mistake of a definition is reported at once, by
 * the field of the request it is in. Rows are maps of field key to value (null, String, Long,
 * BigDecimal, Boolean, LocalDate or Instant), as the record sources give them.
 */
final class ReportPlan {

    /** Rows (of an ungrouped sorted report) or groups a run holds in memory at most. */
    static final int MAX_HELD = 200_000;

    /** Decimals of an average. */
    static final int AVERAGE_SCALE = 4;

    private static final Set<FieldType> NUMBERS = EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY);
    private static final Set<FieldType> ORDERED = EnumSet.of(
            FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.DATE, FieldType.DATETIME, FieldType.TEXT);

    /** One column of the output. */
    record Output(String key, String label, FieldType type) {}

    private record Aggregate(String function, String field, String key) {}

    private final List<Output> outputs;
    private final List<Predicate<Map<String, Object>>> conditions;
    private final List<String> groupBy;
    private final List<Aggregate> aggregates;
    private final Comparator<Map<String, Object>> order;
    private final Integer limit;

    private ReportPlan(
            List<Output> outputs,
            List<Predicate<Map<String, Object>>> conditions,
            List<String> groupBy,
            List<Aggregate> aggregates,
            Comparator<Map<String, Object>> order,
            Integer limit) {
        this.outputs = outputs;
        this.conditions = conditions;
        this.groupBy = groupBy;
        this.aggregates = aggregates;
        this.order = order;
        this.limit = limit;
    }

    /** The plan of a definition over these fields, else a 400 problem listing every mistake. */
    static ReportPlan of(ReportRequests.Define definition, List<ExportField> fields) {
        Map<String, FieldType> types = new LinkedHashMap<>();
        fields.forEach(f -> types.put(f.key(), f.type()));
        List<FieldError> errors = new ArrayList<>();
        List<Predicate<Map<String, Object>>> conditions = conditions(definition, types, errors);
        List<String> groupBy = orEmpty(definition.groupBy());
        List<ReportRequests.Aggregate> asked = orEmpty(definition.aggregates());
        boolean grouped = !groupBy.isEmpty() || !asked.isEmpty();
        List<Output> outputs = new ArrayList<>();
        List<Aggregate> aggregates = new ArrayList<>();
        if (grouped) {
            if (definition.columns() != null && !definition.columns().isEmpty()) {
                errors.add(new FieldError(
                        "columns", "a grouped report's columns are its group_by fields and aggregates; leave it out"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < groupBy.size(); i++) {
                String key = groupBy.get(i);
                if (known(types, key, "group_by[" + i + "]", errors) && seen.add(key)) {
                    outputs.add(new Output(key, label(key), types.get(key)));
                } else if (types.containsKey(key)) {
                    errors.add(new FieldError("group_by[" + i + "]", "names " + key + " twice"));
                }
            }
            for (int i = 0; i < asked.size(); i++) {
                Aggregate aggregate = aggregate(asked.get(i), "aggregates[" + i + "]", types, errors);
                if (aggregate != null && !seen.add(aggregate.key())) {
                    errors.add(new FieldError(
                            "aggregates[" + i + "].as", "is already an output column: " + aggregate.key()));
                } else if (aggregate != null) {
                    aggregates.add(aggregate);
                    outputs.add(new Output(
                            aggregate.key(), aggregateLabel(asked.get(i), aggregate), type(aggregate, types)));
                }
            }
        } else {
            List<String> columns =
                    definition.columns() == null || definition.columns().isEmpty()
                            ? List.copyOf(types.keySet())
                            : definition.columns();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < columns.size(); i++) {
                String key = columns.get(i);
                if (known(types, key, "columns[" + i + "]", errors)) {
                    if (seen.add(key)) {
                        outputs.add(new Output(key, label(key), types.get(key)));
                    } else {
                        errors.add(new FieldError("columns[" + i + "]", "names " + key + " twice"));
                    }
                }
            }
        }
        Comparator<Map<String, Object>> order = order(orEmpty(definition.sort()), outputs, errors);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return new ReportPlan(
                List.copyOf(outputs),
                List.copyOf(conditions),
                List.copyOf(groupBy),
                List.copyOf(aggregates),
                order,
                definition.limit());
    }

    static boolean isNumber(FieldType type) {
        return NUMBERS.contains(type);
    }

    List<Output> outputs() {
        return outputs;
    }

    /** Whether its rows are groups (or one row of aggregates over all). */
    boolean grouped() {
        return !groupBy.isEmpty() || !aggregates.isEmpty();
    }

    /** Whether each row kept can be written as it is read (no groups, no sort). */
    boolean streams() {
        return !grouped() && order == null;
    }

    Integer limit() {
        return limit;
    }

    boolean accepts(Map<String, Object> row) {
        for (Predicate<Map<String, Object>> condition : conditions) {
            if (!condition.test(row)) {
                return false;
            }
        }
        return true;
    }

    /** The output row of an ungrouped report: the columns' values. */
    Map<String, Object> project(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Output output : outputs) {
            out.put(output.key(), row.get(output.key()));
        }
        return out;
    }

    /** Holds what a report that groups or sorts needs of its rows until all are read. */
    Tabulation tabulation() {
        return new Tabulation();
    }

    final class Tabulation {
        private final Map<List<Object>, Object[]> groups = new LinkedHashMap<>();
        private final List<Map<String, Object>> held = new ArrayList<>();

        /** Adds a row the conditions kept; {@link TooLarge} when more would be held than {@link #MAX_HELD}. */
        void add(Map<String, Object> row) {
            if (!grouped()) {
                held.add(project(row));
                requireRoom(held.size(), "rows to sort; narrow the filters, group the rows or drop the sort");
                return;
            }
            List<Object> key = new ArrayList<>(groupBy.size());
            for (String field : groupBy) {
                key.add(row.get(field));
            }
            Object[] state = groups.computeIfAbsent(key, k -> new Object[aggregates.size() * 2]);
            requireRoom(groups.size(), "groups; narrow the filters or group by fewer fields");
            for (int i = 0; i < aggregates.size(); i++) {
                accumulate(aggregates.get(i), state, i * 2, row);
            }
        }

        /** The output rows, sorted and cut to the limit. */
        List<Map<String, Object>> rows() {
            List<Map<String, Object>> rows;
            if (grouped()) {
                if (groups.isEmpty() && groupBy.isEmpty()) {
                    // Aggregates over no rows: one row (count 0, the rest empty), as SQL answers.
                    groups.put(List.of(), new Object[aggregates.size() * 2]);
                }
                rows = new ArrayList<>(groups.size());
                for (Map.Entry<List<Object>, Object[]> group : groups.entrySet()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < groupBy.size(); i++) {
                        row.put(groupBy.get(i), group.getKey().get(i));
                    }
                    for (int i = 0; i < aggregates.size(); i++) {
                        row.put(aggregates.get(i).key(), result(aggregates.get(i), group.getValue(), i * 2));
                    }
                    rows.add(row);
                }
            } else {
                rows = held;
            }
            if (order != null) {
                rows.sort(order);
            }
            return limit != null && rows.size() > limit ? rows.subList(0, limit) : rows;
        }
    }

    /** A run that would hold more rows or groups than it may: the execution fails with this reason. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String reason) {
            super(reason);
        }
    }

    private static void requireRoom(int size, String what) {
        if (size > MAX_HELD) {
            throw new TooLarge("The report has more than " + String.format(Locale.ROOT, "%,d", MAX_HELD) + " " + what);
        }
    }

    // state[at]: the running value (count, sum, min or max); state[at + 1]: the count of values (avg).
    private static void accumulate(Aggregate aggregate, Object[] state, int at, Map<String, Object> row) {
        Object value = aggregate.field() == null ? Boolean.TRUE : row.get(aggregate.field());
        if (value == null) {
            return;
        }
        switch (aggregate.function()) {
            case "count" -> state[at] = state[at] == null ? 1L : (Long) state[at] + 1;
            case "sum", "avg" -> {
                state[at] = state[at] == null ? decimal(value) : ((BigDecimal) state[at]).add(decimal(value));
                state[at + 1] = state[at + 1] == null ? 1L : (Long) state[at + 1] + 1;
            }
            case "min" -> state[at] = state[at] == null || compare(value, state[at]) < 0 ? value : state[at];
            default -> state[at] = state[at] == null || compare(value, state[at]) > 0 ? value : state[at];
        }
    }

    private static Object result(Aggregate aggregate, Object[] state, int at) {
        Object value = state[at];
        return switch (aggregate.function()) {
            case "count" -> value == null ? 0L : value;
            case "avg" ->
                value == null
                        ? null
                        : ((BigDecimal) value)
                                .divide(BigDecimal.valueOf((Long) state[at + 1]), AVERAGE_SCALE, RoundingMode.HALF_UP);
            default -> value;
        };
    }

    private static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) number).longValue());
    }

    /** Two values of one field: numbers by value, text ignoring case (then exactly), the rest naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        if (a instanceof String x && b instanceof String y) {
            int c = x.compareToIgnoreCase(y);
            return c != 0 ? c : x.compareTo(y);
        }
        return ((Comparable) a).compareTo(b);
    }

    private static Aggregate aggregate(
            ReportRequests.Aggregate asked, String at, Map<String, FieldType> types, List<FieldError> errors) {
        String function = asked.function();
        String field = asked.field();
        if (field != null && !known(types, field, at + ".field", errors)) {
            return null;
        }
        if (field == null && !function.equals("count")) {
            errors.add(new FieldError(at + ".field", function + " needs a field"));
            return null;
        }
        if (field != null && Set.of("sum", "avg").contains(function) && !NUMBERS.contains(types.get(field))) {
            errors.add(new FieldError(
                    at + ".field",
                    function + " needs a number field; " + field + " is "
                            + types.get(field).name().toLowerCase(Locale.ROOT)));
            return null;
        }
        if (field != null && Set.of("min", "max").contains(function) && !ORDERED.contains(types.get(field))) {
            errors.add(new FieldError(at + ".field", function + " needs a number, date or text field"));
            return null;
        }
        String key = asked.as() != null ? asked.as() : field == null ? function : function + "_" + field;
        return new Aggregate(function, field, key);
    }

    private static FieldType type(Aggregate aggregate, Map<String, FieldType> types) {
        return switch (aggregate.function()) {
            case "count" -> FieldType.INTEGER;
            case "avg" -> types.get(aggregate.field()) == FieldType.MONEY ? FieldType.MONEY : FieldType.DECIMAL;
            default -> types.get(aggregate.field());
        };
    }

    private static List<Predicate<Map<String, Object>>> conditions(
            ReportRequests.Define definition, Map<String, FieldType> types, List<FieldError> errors) {
        List<Predicate<Map<String, Object>>> conditions = new ArrayList<>();
        List<ReportRequests.Condition> asked = orEmpty(definition.conditions());
        for (int i = 0; i < asked.size(); i++) {
            ReportRequests.Condition condition = asked.get(i);
            String at = "conditions[" + i + "]";
            if (!known(types, condition.field(), at + ".field", errors)) {
                continue;
            }
            Predicate<Map<String, Object>> predicate = condition(condition, types.get(condition.field()), at, errors);
            if (predicate != null) {
                conditions.add(predicate);
            }
        }
        return conditions;
    }

    private static Predicate<Map<String, Object>> condition(
            ReportRequests.Condition condition, FieldType type, String at, List<FieldError> errors) {
        String field = condition.field();
        String op = condition.op();
        if (op.equals("empty") || op.equals("not_empty")) {
            if (condition.value() != null) {
                errors.add(new FieldError(at + ".value", op + " takes no value"));
                return null;
            }
            boolean empty = op.equals("empty");
            return row -> (row.get(field) == null || "".equals(row.get(field))) == empty;
        }
        if (condition.value() == null) {
            errors.add(new FieldError(at + ".value", op + " needs a value"));
            return null;
        }
        if (op.equals("contains")) {
            if (type != FieldType.TEXT) {
                errors.add(new FieldError(at + ".op", "contains is for text fields; " + field + " is not one"));
                return null;
            }
            String part = condition.value().toLowerCase(Locale.ROOT);
            return row -> row.get(field) instanceof String text
                    && text.toLowerCase(Locale.ROOT).contains(part);
        }
        if (type == FieldType.BOOLEAN && !op.equals("eq") && !op.equals("ne")) {
            errors.add(new FieldError(at + ".op", field + " is true or false: use eq or ne"));
            return null;
        }
        Object value = value(condition.value(), type, at + ".value", errors);
        if (value == null) {
            return null;
        }
        return row -> {
            Object actual = row.get(field);
            if (actual == null) {
                return op.equals("ne");
            }
            int c = compare(actual, value);
            return switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "gt" -> c > 0;
                case "ge" -> c >= 0;
                case "lt" -> c < 0;
                default -> c <= 0;
            };
        };
    }

    /** A condition's text as a value of the field's type; null (with the error) if it is not one. */
    private static Object value(String text, FieldType type, String at, List<FieldError> errors) {
        try {
            return switch (type) {
                case INTEGER -> Long.valueOf(text.trim());
                case DECIMAL, MONEY -> new BigDecimal(text.trim());
                case DATE -> LocalDate.parse(text.trim());
                case DATETIME -> Instant.parse(text.trim());
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        errors.add(new FieldError(at, "must be true or false"));
                        yield null;
                    }
                    yield Boolean.valueOf(text);
                }
                case TEXT -> text;
            };
        } catch (NumberFormatException e) {
            errors.add(new FieldError(at, "must be a number"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    at, type == FieldType.DATE ? "must be a date (yyyy-mm-dd)" : "must be an instant (ISO 8601, UTC)"));
        }
        return null;
    }

    private static Comparator<Map<String, Object>> order(
            List<ReportRequests.Sort> sort, List<Output> outputs, List<FieldError> errors) {
        Map<String, Output> byKey = new HashMap<>();
        outputs.forEach(o -> byKey.put(o.key(), o));
        Comparator<Map<String, Object>> order = null;
        for (int i = 0; i < sort.size(); i++) {
            String key = sort.get(i).field();
            if (!byKey.containsKey(key)) {
                errors.add(new FieldError(
                        "sort[" + i + "].field", "is not an output column; use one of " + byKey.keySet()));
                continue;
            }
            // Empty values last, whichever the direction.
            Comparator<Object> values = ReportPlan::compare;
            if ("desc".equals(sort.get(i).direction())) {
                values = values.reversed();
            }
            Comparator<Map<String, Object>> by =
                    Comparator.comparing(row -> row.get(key), Comparator.nullsLast(values));
            order = order == null ? by : order.thenComparing(by);
        }
        return order;
    }

    private static boolean known(Map<String, FieldType> types, String key, String at, List<FieldError> errors) {
        if (types.containsKey(key)) {
            return true;
        }
        errors.add(new FieldError(at, "is not a field of the dataset: " + key));
        return false;
    }

    /** A column's header: {@code total_amount} → {@code Total amount}. */
    static String label(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String aggregateLabel(ReportRequests.Aggregate asked, Aggregate aggregate) {
        if (asked.as() != null) {
            return label(asked.as());
        }
        String name = switch (aggregate.function()) {
            case "count" -> "Count";
            case "sum" -> "Sum";
            case "avg" -> "Average";
            case "min" -> "Minimum";
            default -> "Maximum";
        };
        return aggregate.field() == null
                ? name
                : name + " of " + aggregate.field().replace('_', ' ');
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
