package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.conversions.TemplateRequests.ColumnRequest;
import dev.procura.conversions.TemplateRequests.Define;
import dev.procura.conversions.render.Row;
import dev.procura.invoices.InvoiceExports;
import dev.procura.orders.OrderExports;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.rfqs.QuoteExports;
import dev.procura.rfqs.RfqExports;
import dev.procura.suppliers.SupplierExports;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a template is once checked: the built-ins, the rules' messages, the mapping and staging of rows. */
class TemplateDefinitionTest {

    private static final Map<String, RecordSource> SOURCES = Stream.of(
                    new OrderExports(),
                    new InvoiceExports(),
                    new RfqExports(),
                    new QuoteExports(),
                    new SupplierExports(),
                    new dev.procura.audit.AuditExports(),
                    new dev.procura.audit.ComplianceFindings())
            .collect(Collectors.toMap(RecordSource::type, s -> s));

    private final Sources sources = new Sources();

    private TemplateDefinition check(Define template) {
        return TemplateRules.check(template, sources.fields(SOURCES.get(template.sourceType())));
    }

    @Test
    void everyBuiltInTemplatePassesTheRulesAndSurvivesStorageAsJson() {
        assertEquals(11, BuiltInTemplates.ALL.size());
        BuiltInTemplates.ALL.forEach((id, template) -> {
            assertTrue(BuiltInTemplates.isBuiltIn(id));
            TemplateDefinition checked = check(template);
            assertFalse(checked.columns().isEmpty(), template.name());
            assertEquals(checked, TemplateDefinition.fromJson(checked.toJson()), template.name());
        });
        assertFalse(BuiltInTemplates.isBuiltIn(UUID.randomUUID()));
    }

    @Test
    void everyMistakeOfATemplateIsReportedAtOnceWithItsPath() {
        Define template = new Define(
                "Broken",
                "purchase_order",
                "xlsx",
                "en",
                null,
                List.of(
                        new ColumnRequest(null, "number", null, null, null),
                        new ColumnRequest(null, "no_such_field", null, null, null),
                        new ColumnRequest("bad", null, "quantity *", null, null)),
                List.of(new ColumnRequest(null, "description", null, null, "percent")),
                List.of("number"),
                null);
        Failure.InvalidInput failure = assertThrows(Failure.InvalidInput.class, () -> check(template));
        List<String> fields = failure.errors().stream().map(e -> e.field()).toList();
        assertTrue(fields.contains("columns[1].field"), fields.toString());
        assertTrue(fields.contains("columns[2].expression"), fields.toString());
        assertTrue(fields.size() >= 3, fields.toString());
    }

    @Test
    void aFormatOrLocaleOutsideTheListIsRefusedByName() {
        assertEquals("xlsx", TemplateRules.format("xlsx", "format").apiName());
        assertThrows(Failure.InvalidInput.class, () -> TemplateRules.format("odt", "format"));
        assertEquals("de-DE", TemplateRules.locale("de-DE", "locale"));
        assertThrows(Failure.InvalidInput.class, () -> TemplateRules.locale("zz-not a tag", "locale"));
    }

    @Test
    void computedColumnsAreEvaluatedPerLineAndAFailureBecomesANullWithAProblem() {
        TemplateDefinition definition = check(new Define(
                "Lines",
                "purchase_order",
                "csv",
                "en",
                null,
                List.of(new ColumnRequest(null, "number", null, null, null)),
                List.of(
                        new ColumnRequest(null, "quantity", null, null, null),
                        new ColumnRequest("net", null, "quantity * unit_price", "Net", "money"),
                        new ColumnRequest("share", null, "unit_price / quantity", "Share", null)),
                List.of(),
                null));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("number", "PO-1");
        head.put("order_date", LocalDate.of(2026, 12, 1));
        Map<String, Object> line =
                Map.of("line", 1L, "quantity", new BigDecimal("3"), "unit_price", new BigDecimal("2.50"));
        Map<String, Object> zero = Map.of("line", 2L, "quantity", BigDecimal.ZERO, "unit_price", new BigDecimal("1"));
        List<String> problems = new ArrayList<>();
        Row row = new RowMapping(definition).map(new ExportRecord("PO-1", head, List.of(line, zero)), problems::add);

        assertEquals("PO-1", row.values().get("number"));
        assertEquals(0, new BigDecimal("7.50").compareTo((BigDecimal)
                        row.lines().get(0).get("net")));
        assertNull(row.lines().get(1).get("share"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("PO-1 line 2, share"), problems.get(0));

        List<Row> staged = StagedRows.read(definition, StagedRows.write(definition, List.of(row)));
        assertEquals(1, staged.size());
        assertEquals("PO-1", staged.get(0).values().get("number"));
        assertEquals(2, staged.get(0).lines().size());
        assertEquals(0, new BigDecimal("7.50").compareTo((BigDecimal)
                        staged.get(0).lines().get(0).get("net")));
        assertNull(staged.get(0).lines().get(1).get("share"));
    }

    @Test
    void aSelectionIsStoredAsJsonAndReadBackInItsOrder() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        Selection byIds = Selection.fromJson(new Selection(ids, null).toJson());
        assertTrue(byIds.isByIds());
        assertEquals(ids, byIds.ids());
        Selection filtered = Selection.fromJson(new Selection(null, Map.of("status", "approved")).toJson());
        assertFalse(filtered.isByIds());
        assertEquals(Map.of("status", "approved"), filtered.filter());
    }
}
