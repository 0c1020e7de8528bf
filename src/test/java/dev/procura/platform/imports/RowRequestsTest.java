package dev.procura.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowRequestsTest {

    enum Kind {
        PURCHASED,
        SERVICE
    }

    record ItemRow(
            @NotBlank @Size(max = 10) String code,
            @Positive BigDecimal standardCost,
            Integer leadTimeDays,
            boolean lotTracked,
            LocalDate validFrom,
            UUID supplierId,
            Kind kind,
            List<String> tags,
            Map<String, Object> customFields) {}

    private static ValidatorFactory factory;
    private static RowRequests rows;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        rows = new RowRequests();
        rows.validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static ImportTable.Row row(String... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new ImportTable.Row(7, cells);
    }

    @Test
    void cellsBecomeTheRequestByTheComponentsTypes() {
        UUID supplier = UUID.randomUUID();
        RowRequests.Parsed<ItemRow> parsed = rows.parse(
                ItemRow.class,
                row(
                        "code", "BOLT-8",
                        "standard_cost", "0.125",
                        "lead_time_days", "14",
                        "lot_tracked", "Yes",
                        "valid_from", "2026-01-31",
                        "supplier_id", supplier.toString(),
                        "kind", "service",
                        "tags", "steel| m8 ||zinc",
                        "cf.grade", "A2"));

        assertTrue(parsed.isValid(), parsed.errors()::toString);
        assertEquals(
                new ItemRow(
                        "BOLT-8",
                        new BigDecimal("0.125"),
                        14,
                        true,
                        LocalDate.of(2026, 1, 31),
                        supplier,
                        Kind.SERVICE,
                        List.of("steel", "m8", "zinc"),
                        Map.of("grade", "A2")),
                parsed.request());
    }

    @Test
    void absentCellsAreNullAndPrimitivesTheirDefault() {
        RowRequests.Parsed<ItemRow> parsed = rows.parse(ItemRow.class, row("code", "X"));

        assertTrue(parsed.isValid());
        assertNull(parsed.request().standardCost());
        assertNull(parsed.request().customFields());
        assertEquals(false, parsed.request().lotTracked());
    }

    @Test
    void everyUnreadableCellIsReportedByColumn() {
        RowRequests.Parsed<ItemRow> parsed = rows.parse(
                ItemRow.class,
                row(
                        "code", "X",
                        "standard_cost", "12,5",
                        "lead_time_days", "1.5",
                        "lot_tracked", "maybe",
                        "valid_from", "31/01/2026",
                        "supplier_id", "acme",
                        "kind", "rented",
                        "colour", "red"));

        assertNull(parsed.request());
        assertEquals(
                List.of(
                        new FieldError(
                                "colour",
                                "is not a column; columns are [code, standard_cost, lead_time_days, lot_tracked,"
                                        + " valid_from, supplier_id, kind, tags]"),
                        new FieldError("kind", "must be one of [purchased, service]"),
                        new FieldError("lead_time_days", "must be a whole number"),
                        new FieldError("lot_tracked", "must be true or false"),
                        new FieldError("standard_cost", "must be a number"),
                        new FieldError("supplier_id", "must be a UUID"),
                        new FieldError("valid_from", "must be a date (YYYY-MM-DD)")),
                parsed.errors());
    }

    @Test
    void theRecordsConstraintsRunWithSnakeCaseNames() {
        RowRequests.Parsed<ItemRow> parsed =
                rows.parse(ItemRow.class, row("code", "MUCH-TOO-LONG-CODE", "standard_cost", "-1"));

        assertEquals(
                List.of(
                        new FieldError("code", "size must be between 0 and 10"),
                        new FieldError("standard_cost", "must be greater than 0")),
                parsed.errors());
    }

    @Test
    void theColumnsAreTheComponentsWithoutCustomFields() {
        assertEquals(
                List.of(
                        "code",
                        "standard_cost",
                        "lead_time_days",
                        "lot_tracked",
                        "valid_from",
                        "supplier_id",
                        "kind",
                        "tags"),
                RowRequests.columns(ItemRow.class));
    }
}
