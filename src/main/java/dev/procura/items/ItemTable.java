package dev.procura.items;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Set-based JDBC on the items tables for bulk imports: the stored items of a chunk in two queries,
 * and batched inserts and updates, on the tenant transaction's own connection.
 */
final class ItemTable {

    /** An item as stored, with its own conversions by unit. */
    record Stored(
            UUID id,
            String code,
            String description,
            String type,
            String baseUnit,
            String category,
            UUID defaultSupplierId,
            Integer leadTimeDays,
            BigDecimal costAmount,
            String costCurrency,
            String taxCode,
            boolean lotTracked,
            boolean serialTracked,
            boolean inspectionRequired,
            boolean active,
            String customFields,
            Map<String, BigDecimal> conversions) {

        ItemRules.Kept kept() {
            return new ItemRules.Kept(baseUnit, category, defaultSupplierId);
        }

        /** Whether the request describes this item as stored (custom fields compared by the caller). */
        boolean sameAs(ItemRequests.Define d) {
            BigDecimal amount =
                    d.standardCost() == null ? null : d.standardCost().amount();
            String currency = d.standardCost() == null ? null : d.standardCost().currency();
            return code.equals(d.code())
                    && description.equals(d.description())
                    && type.equals(d.type())
                    && baseUnit.equals(d.baseUnit())
                    && Objects.equals(category, d.category())
                    && Objects.equals(defaultSupplierId, d.defaultSupplierId())
                    && Objects.equals(leadTimeDays, d.leadTimeDays())
                    && ItemConversion.equal(costAmount, amount)
                    && Objects.equals(costCurrency, currency)
                    && Objects.equals(taxCode, d.taxCode())
                    && lotTracked == Boolean.TRUE.equals(d.lotTracked())
                    && serialTracked == Boolean.TRUE.equals(d.serialTracked())
                    && inspectionRequired == Boolean.TRUE.equals(d.inspectionRequired())
                    && active == d.isActive()
                    && sameConversions(d.conversionsOrEmpty());
        }

        private boolean sameConversions(List<ItemRequests.Conversion> requested) {
            if (requested.size() != conversions.size()) {
                return false;
            }
            for (ItemRequests.Conversion c : requested) {
                if (!ItemConversion.equal(conversions.get(c.unit()), c.factorToBase())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String COLUMNS = "id, code, description, type, base_unit, category, default_supplier_id,"
            + " lead_time_days, standard_cost_amount, standard_cost_currency, tax_code, lot_tracked, serial_tracked,"
            + " inspection_required, active, custom_fields";

    private ItemTable() {}

    static Map<String, Stored> byCodes(Connection connection, Collection<String> codes) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, BigDecimal>> conversions = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS.replace("custom_fields", "CAST(custom_fields AS TEXT)")
                        + " FROM items WHERE code = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    Map<String, BigDecimal> own = new LinkedHashMap<>();
                    conversions.put(id, own);
                    Stored stored = new Stored(
                            id,
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getObject(7, UUID.class),
                            (Integer) rows.getObject(8),
                            rows.getBigDecimal(9),
                            rows.getString(10),
                            rows.getString(11),
                            rows.getBoolean(12),
                            rows.getBoolean(13),
                            rows.getBoolean(14),
                            rows.getBoolean(15),
                            rows.getString(16),
                            own);
                    found.put(stored.code(), stored);
                }
            }
        }
        if (!conversions.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT item_id, unit, factor_to_base FROM item_conversions WHERE item_id = ANY (?)")) {
                select.setArray(
                        1, connection.createArrayOf("uuid", conversions.keySet().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        conversions.get(rows.getObject(1, UUID.class)).put(rows.getString(2), rows.getBigDecimal(3));
                    }
                }
            }
        }
        return found;
    }

    /** One row to write: the id (new or stored), the request, the custom fields JSON. */
    record Write(UUID id, ItemRequests.Define item, String customFields) {}

    /**
     * The chunk's new items in one statement: one array per column, unnested into rows, so
     * PostgreSQL plans and runs one INSERT for the chunk (a JDBC batch runs one per row).
     */
    static void insert(Connection connection, List<Write> writes, Instant now) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        int n = writes.size();
        Object[] ids = new Object[n];
        Object[] codes = new Object[n];
        Object[] descriptions = new Object[n];
        Object[] types = new Object[n];
        Object[] baseUnits = new Object[n];
        Object[] categories = new Object[n];
        Object[] suppliers = new Object[n];
        Object[] leadTimes = new Object[n];
        Object[] costAmounts = new Object[n];
        Object[] costCurrencies = new Object[n];
        Object[] taxCodes = new Object[n];
        Object[] lotTracked = new Object[n];
        Object[] serialTracked = new Object[n];
        Object[] inspectionRequired = new Object[n];
        Object[] active = new Object[n];
        Object[] customFields = new Object[n];
        for (int i = 0; i < n; i++) {
            Write write = writes.get(i);
            ItemRequests.Define item = write.item();
            ids[i] = write.id();
            codes[i] = item.code();
            descriptions[i] = item.description();
            types[i] = item.type();
            baseUnits[i] = item.baseUnit();
            categories[i] = item.category();
            suppliers[i] = item.defaultSupplierId();
            leadTimes[i] = item.leadTimeDays();
            costAmounts[i] = item.standardCost() == null
                    ? null
                    : item.standardCost().amount().setScale(4, RoundingMode.HALF_UP);
            costCurrencies[i] =
                    item.standardCost() == null ? null : item.standardCost().currency();
            taxCodes[i] = item.taxCode();
            lotTracked[i] = Boolean.TRUE.equals(item.lotTracked());
            serialTracked[i] = Boolean.TRUE.equals(item.serialTracked());
            inspectionRequired[i] = Boolean.TRUE.equals(item.inspectionRequired());
            active[i] = item.isActive();
            customFields[i] = write.customFields();
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items (" + COLUMNS
                + ", created_at, updated_at, version) SELECT id, code, description, type, base_unit, category,"
                + " default_supplier_id, lead_time_days, standard_cost_amount, standard_cost_currency, tax_code,"
                + " lot_tracked, serial_tracked, inspection_required, active, CAST(custom_fields AS JSONB),"
                + " CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ), 0"
                + " FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS r(id, code, description, type,"
                + " base_unit, category, default_supplier_id, lead_time_days, standard_cost_amount,"
                + " standard_cost_currency, tax_code, lot_tracked, serial_tracked, inspection_required, active,"
                + " custom_fields)")) {
            insert.setTimestamp(1, at);
            insert.setTimestamp(2, at);
            int i = 3;
            insert.setArray(i++, connection.createArrayOf("uuid", ids));
            insert.setArray(i++, connection.createArrayOf("varchar", codes));
            insert.setArray(i++, connection.createArrayOf("varchar", descriptions));
            insert.setArray(i++, connection.createArrayOf("varchar", types));
            insert.setArray(i++, connection.createArrayOf("varchar", baseUnits));
            insert.setArray(i++, connection.createArrayOf("varchar", categories));
            insert.setArray(i++, connection.createArrayOf("uuid", suppliers));
            insert.setArray(i++, connection.createArrayOf("int4", leadTimes));
            insert.setArray(i++, connection.createArrayOf("numeric", costAmounts));
            insert.setArray(i++, connection.createArrayOf("varchar", costCurrencies));
            insert.setArray(i++, connection.createArrayOf("varchar", taxCodes));
            insert.setArray(i++, connection.createArrayOf("bool", lotTracked));
            insert.setArray(i++, connection.createArrayOf("bool", serialTracked));
            insert.setArray(i++, connection.createArrayOf("bool", inspectionRequired));
            insert.setArray(i++, connection.createArrayOf("bool", active));
            insert.setArray(i, connection.createArrayOf("text", customFields));
            int inserted = insert.executeUpdate();
            if (inserted != n) {
                throw new SQLException("Inserted " + inserted + " items of " + n);
            }
        }
        insertConversions(connection, writes);
    }

    static void update(Connection connection, List<Write> writes, Instant now) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE items SET description = ?, type = ?,"
                + " base_unit = ?, category = ?, default_supplier_id = ?, lead_time_days = ?,"
                + " standard_cost_amount = ?, standard_cost_currency = ?, tax_code = ?, lot_tracked = ?,"
                + " serial_tracked = ?, inspection_required = ?, active = ?, custom_fields = CAST(? AS JSONB),"
                + " updated_at = ?, version = version + 1 WHERE id = ?")) {
            for (Write write : writes) {
                int next = describe(update, 1, write);
                update.setTimestamp(next, Timestamp.from(now));
                update.setObject(next + 1, write.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM item_conversions WHERE item_id = ANY (?)")) {
            delete.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", writes.stream().map(Write::id).toArray()));
            delete.executeUpdate();
        }
        insertConversions(connection, writes);
    }

    /** Sets description … custom_fields from {@code first}; returns the next parameter index. */
    private static int describe(PreparedStatement statement, int first, Write write) throws SQLException {
        ItemRequests.Define item = write.item();
        int i = first;
        statement.setString(i++, item.description());
        statement.setString(i++, item.type());
        statement.setString(i++, item.baseUnit());
        statement.setString(i++, item.category());
        statement.setObject(i++, item.defaultSupplierId(), Types.OTHER);
        statement.setObject(i++, item.leadTimeDays(), Types.INTEGER);
        statement.setBigDecimal(
                i++,
                item.standardCost() == null
                        ? null
                        : item.standardCost().amount().setScale(4, RoundingMode.HALF_UP));
        statement.setString(
                i++, item.standardCost() == null ? null : item.standardCost().currency());
        statement.setString(i++, item.taxCode());
        statement.setBoolean(i++, Boolean.TRUE.equals(item.lotTracked()));
        statement.setBoolean(i++, Boolean.TRUE.equals(item.serialTracked()));
        statement.setBoolean(i++, Boolean.TRUE.equals(item.inspectionRequired()));
        statement.setBoolean(i++, item.isActive());
        statement.setString(i++, write.customFields());
        return i;
    }

    private static void insertConversions(Connection connection, List<Write> writes) throws SQLException {
        List<Write> withConversions = new ArrayList<>();
        for (Write write : writes) {
            if (!write.item().conversionsOrEmpty().isEmpty()) {
                withConversions.add(write);
            }
        }
        if (withConversions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO item_conversions (item_id, unit, factor_to_base) VALUES (?, ?, ?)")) {
            for (Write write : withConversions) {
                for (ItemRequests.Conversion c : write.item().conversionsOrEmpty()) {
                    insert.setObject(1, write.id());
                    insert.setString(2, c.unit());
                    insert.setBigDecimal(3, c.factorToBase().setScale(12, RoundingMode.HALF_UP));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
