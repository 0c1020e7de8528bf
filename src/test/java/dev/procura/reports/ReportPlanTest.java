package dev.procura.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportPlanTest {

    private static final List<ExportField> FIELDS = List.of(
            new ExportField("supplier", FieldType.TEXT),
            new ExportField("amount", FieldType.MONEY),
            new ExportField("pieces", FieldType.INTEGER),
            new ExportField("day", FieldType.DATE),
            new ExportField("urgent", FieldType.BOOLEAN));

    private static Map<String, Object> row(String supplier, String amount, Long pieces, String day, Boolean urgent) {
        Map<String, Object> row = new HashMap<>();
        row.put("supplier", supplier);
        row.put("amount", amount == null ? null : new BigDecimal(amount));
        row.put("pieces", pieces);
        row.put("day", day == null ? null : LocalDate.parse(day));
        row.put("urgent", urgent);
        return row;
    }

    private static final List<Map<String, Object>> ROWS = List.of(
            row("acme", "100.00", 2L, "2026-01-05", true),
            row("Bolt", "40.50", 1L, "2026-01-06", false),
            row("acme", "10.25", 5L, "2026-02-01", false),
            row(null, "7.00", null, null, null),
            row("bolt", null, 3L, "2026-03-01", true));

    private static ReportRequests.Define define(
            List<String> columns,
            List<ReportRequests.Condition> conditions,
            List<String> groupBy,
            List<ReportRequests.Aggregate> aggregates,
            List<ReportRequests.Sort> sort,
            Integer limit) {
        return new ReportRequests.Define(
                "R", null, "d", columns, null, conditions, groupBy, aggregates, sort, limit, null, null);
    }

    private static List<Map<String, Object>> run(ReportPlan plan) {
        ReportPlan.Tabulation tabulation = plan.tabulation();
        List<Map<String, Object>> streamed = new ArrayList<>();
        for (Map<String, Object> row : ROWS) {
            if (plan.accepts(row)) {
                if (plan.streams()) {
                    streamed.add(plan.project(row));
                } else {
                    tabulation.add(row);
                }
            }
        }
        return plan.streams() ? streamed : tabulation.rows();
    }

    private static List<String> errors(ReportRequests.Define definition) {
        Failure.InvalidInput invalid =
                assertThrows(Failure.InvalidInput.class, () -> ReportPlan.of(definition, FIELDS));
        return invalid.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void groupsSumCountAverageAndKeepTheExtremesOfEachGroup() {
        ReportPlan plan = ReportPlan.of(
                define(
                        null,
                        null,
                        List.of("supplier"),
                        List.of(
                                new ReportRequests.Aggregate("sum", "amount", null),
                                new ReportRequests.Aggregate("count", null, "rows"),
                                new ReportRequests.Aggregate("count", "amount", null),
                                new ReportRequests.Aggregate("avg", "pieces", null),
                                new ReportRequests.Aggregate("min", "day", null),
                                new ReportRequests.Aggregate("max", "supplier", null)),
                        List.of(new ReportRequests.Sort("supplier", "asc")),
                        null),
                FIELDS);
        assertFalse(plan.streams());
        assertEquals(
                List.of("supplier", "sum_amount", "rows", "count_amount", "avg_pieces", "min_day", "max_supplier"),
                plan.outputs().stream().map(ReportPlan.Output::key).toList());
        assertEquals(FieldType.MONEY, plan.outputs().get(1).type());
        assertEquals(FieldType.DECIMAL, plan.outputs().get(4).type());
        assertEquals("Sum of amount", plan.outputs().get(1).label());
        List<Map<String, Object>> rows = run(plan);
        // Groups are exact values: "Bolt" and "bolt" are two; text sorts ignoring case, empty last.
        assertEquals(4, rows.size());
        assertEquals("acme", rows.get(0).get("supplier"));
        assertEquals(new BigDecimal("110.25"), rows.get(0).get("sum_amount"));
        assertEquals(2L, rows.get(0).get("rows"));
        assertEquals(new BigDecimal("3.5000"), rows.get(0).get("avg_pieces"));
        assertEquals(LocalDate.parse("2026-01-05"), rows.get(0).get("min_day"));
        assertEquals("Bolt", rows.get(1).get("supplier"));
        assertEquals("bolt", rows.get(2).get("supplier"));
        assertEquals(null, rows.get(2).get("sum_amount"), "a sum of no values is empty");
        assertEquals(0L, rows.get(2).get("count_amount"));
        assertEquals(1L, rows.get(2).get("rows"));
        assertEquals(null, rows.get(3).get("supplier"));
        assertEquals(new BigDecimal("7.00"), rows.get(3).get("sum_amount"));
    }

    @Test
    void conditionsCompareByTheFieldsType() {
        ReportPlan plan = ReportPlan.of(
                define(
                        List.of("supplier", "amount"),
                        List.of(
                                new ReportRequests.Condition("amount", "ge", "10.25"),
                                new ReportRequests.Condition("day", "lt", "2026-02-01"),
                                new ReportRequests.Condition("supplier", "contains", "CM")),
                        null,
                        null,
                        null,
                        null),
                FIELDS);
        assertTrue(plan.streams());
        assertEquals(List.of(Map.of("supplier", "acme", "amount", new BigDecimal("100.00"))), run(plan));

        ReportPlan flags = ReportPlan.of(
                define(
                        List.of("pieces"),
                        List.of(
                                new ReportRequests.Condition("urgent", "ne", "true"),
                                new ReportRequests.Condition("pieces", "not_empty", null)),
                        null,
                        null,
                        List.of(new ReportRequests.Sort("pieces", "desc")),
                        null),
                FIELDS);
        assertEquals(List.of(Map.of("pieces", 5L), Map.of("pieces", 1L)), run(flags));

        ReportPlan empty = ReportPlan.of(
                define(
                        List.of("amount"),
                        List.of(new ReportRequests.Condition("supplier", "empty", null)),
                        null,
                        null,
                        null,
                        null),
                FIELDS);
        assertEquals(List.of(Map.of("amount", new BigDecimal("7.00"))), run(empty));
    }

    @Test
    void sortingPutsEmptyValuesLastInBothDirectionsAndTheLimitCutsAfterIt() {
        for (String direction : List.of("asc", "desc")) {
            ReportPlan plan = ReportPlan.of(
                    define(
                            List.of("amount"),
                            null,
                            null,
                            null,
                            List.of(new ReportRequests.Sort("amount", direction)),
                            4),
                    FIELDS);
            List<Object> amounts = run(plan).stream().map(r -> r.get("amount")).toList();
            assertEquals(4, amounts.size());
            assertEquals(
                    direction.equals("asc")
                            ? List.of(
                                    new BigDecimal("7.00"),
                                    new BigDecimal("10.25"),
                                    new BigDecimal("40.50"),
                                    new BigDecimal("100.00"))
                            : List.of(
                                    new BigDecimal("100.00"),
                                    new BigDecimal("40.50"),
                                    new BigDecimal("10.25"),
                                    new BigDecimal("7.00")),
                    amounts);
        }
    }

    @Test
    void everyMistakeIsNamedByItsPlaceInTheRequest() {
        assertEquals(
                List.of(
                        "conditions[0].value",
                        "conditions[1].op",
                        "conditions[2].value",
                        "conditions[3].value",
                        "conditions[4].value",
                        "columns",
                        "group_by[0]",
                        "aggregates[0].field",
                        "aggregates[1].field",
                        "aggregates[2].field",
                        "aggregates[4].as",
                        "sort[0].field"),
                errors(define(
                                List.of("amount"),
                                List.of(
                                        new ReportRequests.Condition("pieces", "gt", "1.5"),
                                        new ReportRequests.Condition("urgent", "gt", "true"),
                                        new ReportRequests.Condition("day", "eq", null),
                                        new ReportRequests.Condition("urgent", "eq", "yes"),
                                        new ReportRequests.Condition("supplier", "not_empty", "x")),
                                List.of("colour"),
                                List.of(
                                        new ReportRequests.Aggregate("avg", "supplier", null),
                                        new ReportRequests.Aggregate("max", null, null),
                                        new ReportRequests.Aggregate("min", "urgent", null),
                                        new ReportRequests.Aggregate("count", null, "count"),
                                        new ReportRequests.Aggregate("count", null, null)),
                                List.of(new ReportRequests.Sort("amount", "asc")),
                                null))
                        .stream()
                        .distinct()
                        .toList());
        assertEquals(
                List.of("columns[1]", "columns[2]"),
                errors(define(List.of("day", "nope", "day"), null, null, null, null, null)));
    }

    @Test
    void aRunRefusesToHoldMoreRowsThanItMay() {
        ReportPlan plan = ReportPlan.of(
                define(List.of("pieces"), null, null, null, List.of(new ReportRequests.Sort("pieces", "asc")), null),
                FIELDS);
        ReportPlan.Tabulation tabulation = plan.tabulation();
        Map<String, Object> row = row("a", "1", 1L, null, null);
        for (int i = 0; i < ReportPlan.MAX_HELD; i++) {
            tabulation.add(row);
        }
        ReportPlan.TooLarge tooLarge = assertThrows(ReportPlan.TooLarge.class, () -> tabulation.add(row));
        assertTrue(tooLarge.getMessage().contains("200,000 rows to sort"), tooLarge.getMessage());
        assertEquals(
                "The report has more than 200,000 rows to sort; narrow the filters, group the rows or drop the sort",
                ReportRunner.reason(tooLarge));
        assertEquals(
                "The report could not be written; the server log has the details",
                ReportRunner.reason(new IllegalStateException("SELECT secret")));
    }

    @Test
    void aLineDatasetGivesARowPerLineWithTheRecordsFieldsInFront() {
        RecordSource source = new RecordSource() {
            @Override
            public String type() {
                return "order";
            }

            @Override
            public String readPermission() {
                return "orders:read";
            }

            @Override
            public List<ExportField> fields() {
                return List.of(new ExportField("number", FieldType.TEXT), new ExportField("total", FieldType.MONEY));
            }

            @Override
            public List<ExportField> lineFields() {
                return List.of(new ExportField("item", FieldType.TEXT), new ExportField("total", FieldType.MONEY));
            }

            @Override
            public Set<String> filters() {
                return Set.of();
            }

            @Override
            public long count(TenantTx tx, Map<String, String> filter) {
                return 0;
            }

            @Override
            public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
                return List.of();
            }

            @Override
            public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
                return List.of();
            }
        };
        Dataset lines = Dataset.lines(source, source.fields());
        assertEquals("order_line", lines.key());
        assertEquals(
                List.of("number", "total", "item", "line_total"),
                lines.fields().stream().map(ExportField::key).toList());
        Map<String, Object> head = new LinkedHashMap<>(Map.of("number", "PO-1", "total", new BigDecimal("30")));
        ExportRecord record = new ExportRecord(
                "PO-1",
                head,
                List.of(
                        Map.of("item", "A", "total", new BigDecimal("10")),
                        Map.of("item", "B", "total", new BigDecimal("20"))));
        List<Map<String, Object>> rows = lines.rows(record);
        assertEquals(2, rows.size());
        assertEquals(
                Map.of(
                        "number",
                        "PO-1",
                        "total",
                        new BigDecimal("30"),
                        "item",
                        "B",
                        "line_total",
                        new BigDecimal("20")),
                rows.get(1));
        assertEquals(List.of(head), Dataset.records(source, source.fields()).rows(record));
        assertEquals(List.of(), lines.rows(new ExportRecord("PO-2", head, List.of())));
        assertTrue(Locales.valid("de-CH"));
        assertFalse(Locales.valid("not a tag"));
    }
}
