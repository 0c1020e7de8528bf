package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantSchema;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendar;
import dev.procura.support.ThrowawayDatabase;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The items import's apply() on a real tenant schema: set-based reads, JDBC batches, unchanged rows
 * without a write, one event per chunk that wrote. Lookups, custom fields and the outbox are stubbed;
 * the lead's ImportIT runs it through the import job.
 */
class ItemImportTest {

    private static ThrowawayDatabase db;
    private static Connection connection;
    private static final List<String> EVENTS = new ArrayList<>();
    private static ItemImport importer;

    @BeforeAll
    static void schema() throws Exception {
        db = ThrowawayDatabase.create("item_import").migrated(TenantSchema.CHANGELOG);
        db.execute("INSERT INTO units (id, code, name, dimension, decimals, created_at, updated_at)"
                + " VALUES (gen_random_uuid(), 'ea', 'Each', 'count', 0, now(), now()),"
                + " (gen_random_uuid(), 'box', 'Box', 'count', 0, now(), now())");
        connection = db.connect();
        connection.setAutoCommit(false);
        importer = new ItemImport();
        importer.rowRequests = new RowRequests() {
            @Override
            public <R> List<FieldError> violations(R request) {
                return List.of();
            }
        };
        importer.lookups = new ItemLookups() {
            @Override
            ItemRules.Lookups of(TenantTx tx, java.util.Collection<ItemRequests.Define> items) {
                UnitConverter converter = new UnitConverter(
                        Map.of(
                                "ea", new UnitConverter.UnitInfo("ea", "count", 0, true),
                                "box", new UnitConverter.UnitInfo("box", "count", 0, true)),
                        List.of());
                return new ItemRules.Lookups() {
                    @Override
                    public Optional<UnitConverter.UnitInfo> unit(String code) {
                        return converter.unit(code);
                    }

                    @Override
                    public Optional<Set<String>> categories() {
                        return Optional.empty();
                    }

                    @Override
                    public ItemRules.SupplierState supplier(UUID id) {
                        return ItemRules.SupplierState.MISSING;
                    }

                    @Override
                    public boolean plantExists(UUID id) {
                        return false;
                    }

                    @Override
                    public UnitConverter converter() {
                        return converter;
                    }
                };
            }
        };
        importer.customFields = new CustomFields() {
            @Override
            public Set<String> keys(TenantTx tx, String entityType) {
                return Set.of();
            }

            @Override
            public List<ExportField> exportFields(TenantTx tx, String entityType) {
                return List.of();
            }

            @Override
            public String accept(TenantTx tx, String entityType, Map<String, Object> submitted, String stored) {
                return stored == null ? "{}" : stored;
            }

            @Override
            public Function<String, Map<String, Object>> viewer(TenantTx tx, String entityType) {
                return json -> Map.of();
            }

            @Override
            public CustomFieldCriteria criteria(
                    TenantTx tx, String entityType, CustomFieldFilter filter, String column) {
                return CustomFieldCriteria.NONE;
            }
        };
        importer.outbox = new TenantOutbox() {
            @Override
            public UUID publish(TenantTx tx, String eventType, String key, UUID userId, Object data) {
                EVENTS.add(eventType + " " + data);
                return UUID.randomUUID();
            }
        };
    }

    @AfterAll
    static void drop() throws Exception {
        connection.close();
        db.close();
    }

    private static TenantTx tx() {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new TenantTx(em, UUID.randomUUID(), null, new TenantCalendar(Clock.systemUTC(), ZoneOffset.UTC));
    }

    private static ImportTable.Row row(int number, String code, String description, String conversions) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", code);
        cells.put("description", description);
        cells.put("type", "purchased");
        cells.put("base_unit", "ea");
        cells.put("standard_cost_amount", "4.5");
        cells.put("standard_cost_currency", "EUR");
        if (conversions != null) {
            cells.put("conversions", conversions);
        }
        return new ImportTable.Row(number, cells);
    }

    private static List<ImportOutcome.Result> results(List<ImportOutcome> outcomes) {
        return outcomes.stream().map(ImportOutcome::result).toList();
    }

    @Test
    void aChunkIsCreatedThenLeftUnchangedThenUpdated() throws Exception {
        List<ImportTable.Row> rows = List.of(
                row(1, "PAPER", "A4 paper", "box=500"),
                row(2, "TONER", "Toner", null),
                row(3, "BAD", "Bad unit", "pallet=2"),
                row(4, "PAPER", "Twice", null));
        EVENTS.clear();
        List<ImportOutcome> first = importer.apply(tx(), rows, ImportMode.UPSERT, false);
        assertEquals(
                List.of(
                        ImportOutcome.Result.CREATED,
                        ImportOutcome.Result.CREATED,
                        ImportOutcome.Result.REJECTED,
                        ImportOutcome.Result.REJECTED),
                results(first));
        assertEquals("conversions", first.get(2).errors().get(0).field());
        assertEquals("code", first.get(3).errors().get(0).field());
        assertEquals(1, EVENTS.size());
        connection.commit();
        assertEquals(2, db.number("SELECT COUNT(*) FROM items"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM item_conversions WHERE factor_to_base = 500"));

        EVENTS.clear();
        List<ImportOutcome> again = importer.apply(tx(), rows.subList(0, 2), ImportMode.UPSERT, false);
        assertEquals(List.of(ImportOutcome.Result.UNCHANGED, ImportOutcome.Result.UNCHANGED), results(again));
        assertEquals(List.of(), EVENTS);

        List<ImportOutcome> created = importer.apply(tx(), rows.subList(0, 1), ImportMode.CREATE, false);
        assertEquals(List.of(ImportOutcome.Result.REJECTED), results(created));

        List<ImportOutcome> dry =
                importer.apply(tx(), List.of(row(1, "PAPER", "A4 paper, white", "box=250")), ImportMode.UPSERT, true);
        assertEquals(List.of(ImportOutcome.Result.UPDATED), results(dry));
        assertEquals(List.of(), EVENTS);

        List<ImportOutcome> changed =
                importer.apply(tx(), List.of(row(1, "PAPER", "A4 paper, white", "box=250")), ImportMode.UPSERT, false);
        assertEquals(List.of(ImportOutcome.Result.UPDATED), results(changed));
        connection.commit();
        assertEquals(1, EVENTS.size());
        assertEquals(1, db.number("SELECT COUNT(*) FROM items WHERE description = 'A4 paper, white' AND version = 1"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM item_conversions WHERE factor_to_base = 250"));
        assertEquals(2, db.number("SELECT COUNT(*) FROM items WHERE standard_cost_amount = 4.5"));
    }
}
