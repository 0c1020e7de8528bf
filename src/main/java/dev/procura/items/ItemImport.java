package dev.procura.items;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.imports.MasterImport;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk import of items, set-based for speed: per chunk one query for the stored items of its codes
 * (and their conversions), one each for the units, categories, suppliers and plants they name,
 * the API's own checks ({@link ItemRequests.Define}'s constraints and {@link ItemRules}) on each
 * row, then batched inserts and updates on the tenant transaction's connection, and one
 * {@code items.imported} event (the chunk's audit entry) when anything was written. A row equal to
 * its stored item is unchanged and writes nothing.
 */
@ApplicationScoped
public class ItemImport implements MasterImport {

    @Inject
    RowRequests rowRequests;

    @Inject
    ItemLookups lookups;

    @Inject
    CustomFields customFields;

    @Inject
    TenantOutbox outbox;

    /** A row that parsed and validated, waiting for the chunk's lookups. */
    private record Candidate(int index, ImportTable.Row row, ItemImportRows.Parsed parsed) {}

    @Override
    public String entity() {
        return "items";
    }

    @Override
    public List<String> columns() {
        return ItemImportRows.COLUMNS;
    }

    @Override
    public List<ImportOutcome> apply(TenantTx tx, List<ImportTable.Row> rows, ImportMode mode, boolean dryRun) {
        ImportOutcome[] outcomes = new ImportOutcome[rows.size()];
        List<Candidate> candidates = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportTable.Row row = rows.get(i);
            ItemImportRows.Parsed parsed = ItemImportRows.parse(row);
            String key = row.cells().get("code");
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            if (parsed.request() != null) {
                errors.addAll(rowRequests.violations(parsed.request()));
            }
            if (errors.isEmpty() && !codes.add(key)) {
                errors.add(new FieldError("code", "appears on an earlier row of the file"));
            }
            if (!errors.isEmpty()) {
                outcomes[i] = ImportOutcome.rejected(row.number(), key, ItemImportRows.inColumns(errors));
            } else {
                candidates.add(new Candidate(i, row, parsed));
            }
        }
        if (!candidates.isEmpty()) {
            write(tx, candidates, outcomes, mode, dryRun);
        }
        return List.of(outcomes);
    }

    private void write(
            TenantTx tx, List<Candidate> candidates, ImportOutcome[] outcomes, ImportMode mode, boolean dryRun) {
        Connection connection = tx.em().unwrap(Connection.class);
        Map<String, ItemTable.Stored> stored;
        try {
            stored = ItemTable.byCodes(
                    connection,
                    candidates.stream().map(c -> c.parsed().request().code()).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the items of an import chunk failed", e);
        }
        ItemRules.Lookups found = lookups.of(
                tx, candidates.stream().map(c -> c.parsed().request()).toList());
        List<ItemTable.Write> inserts = new ArrayList<>();
        List<ItemTable.Write> updates = new ArrayList<>();
        String defaults = null;
        for (Candidate candidate : candidates) {
            ItemRequests.Define item = candidate.parsed().request();
            ItemTable.Stored existing = stored.get(item.code());
            int number = candidate.row().number();
            if (existing != null && mode == ImportMode.CREATE) {
                outcomes[candidate.index()] = ImportOutcome.rejected(number, item.code(), RowImport.keyTaken("code"));
                continue;
            }
            List<FieldError> errors = ItemRules.check(item, existing == null ? null : existing.kept(), found);
            String json = null;
            if (errors.isEmpty()) {
                try {
                    if (candidate.parsed().customFields() != null) {
                        json = customFields.accept(
                                tx,
                                ItemService.ENTITY,
                                candidate.parsed().customFields(),
                                existing == null ? null : existing.customFields());
                    } else if (existing != null) {
                        json = existing.customFields();
                    } else {
                        defaults =
                                defaults != null ? defaults : customFields.accept(tx, ItemService.ENTITY, null, null);
                        json = defaults;
                    }
                } catch (Failure.InvalidInput e) {
                    errors = e.errors();
                }
            }
            if (!errors.isEmpty()) {
                outcomes[candidate.index()] =
                        ImportOutcome.rejected(number, item.code(), ItemImportRows.inColumns(errors));
            } else if (existing == null) {
                inserts.add(new ItemTable.Write(UUID.randomUUID(), item, json));
                outcomes[candidate.index()] = ImportOutcome.of(number, item.code(), ImportOutcome.Result.CREATED);
            } else if (existing.sameAs(item) && sameJson(existing.customFields(), json)) {
                outcomes[candidate.index()] = ImportOutcome.of(number, item.code(), ImportOutcome.Result.UNCHANGED);
            } else {
                updates.add(new ItemTable.Write(existing.id(), item, json));
                outcomes[candidate.index()] = ImportOutcome.of(number, item.code(), ImportOutcome.Result.UPDATED);
            }
        }
        if (dryRun || (inserts.isEmpty() && updates.isEmpty())) {
            return;
        }
        try {
            ItemTable.insert(connection, inserts, tx.now());
            ItemTable.update(connection, updates, tx.now());
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the items of an import chunk failed", e);
        }
        publish(tx, inserts, updates);
    }

    private void publish(TenantTx tx, List<ItemTable.Write> inserts, List<ItemTable.Write> updates) {
        List<String> keys = new ArrayList<>();
        inserts.forEach(w -> keys.add(w.item().code()));
        updates.forEach(w -> keys.add(w.item().code()));
        keys.sort(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("count", keys.size());
        data.put("created", inserts.size());
        data.put("updated", updates.size());
        data.put("first_code", keys.get(0));
        data.put("last_code", keys.get(keys.size() - 1));
        outbox.publish(tx, "items.imported", keys.get(0), tx.actor(), data);
    }

    /** Equal JSON objects, whatever their spacing (JSONB prints its own way). */
    static boolean sameJson(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return parse(a).equals(parse(b));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
