package dev.procura.customfields;

import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expression indexes of indexed fields, made and dropped after the definition's transaction
 * commits, {@code CONCURRENTLY} so writes to the host table go on meanwhile. The expression is the
 * one {@link CustomFieldValues} puts in list queries, so the planner can use the index.
 */
@ApplicationScoped
public class CustomFieldIndexes {

    private static final Logger LOG = Logger.getLogger(CustomFieldIndexes.class.getName());

    @Inject
    TenantTransactions tenantData;

    /** The SQL expression of a field's value in a list query or an index (key validated: no quoting needed). */
    static String expression(String column, String key, FieldType type) {
        return "(" + column + " -> '" + key + "'" + (type == FieldType.MONEY ? " -> 'amount'" : "") + ")";
    }

    void create(UUID tenantId, String table, CustomFieldDefinition field) {
        String index = field.indexName(table);
        run(
                tenantId,
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + index + " ON " + table + " ("
                        + expression("custom_fields", field.key(), field.type()) + ")",
                index);
    }

    void drop(UUID tenantId, String table, CustomFieldDefinition field) {
        String index = field.indexName(table);
        run(tenantId, "DROP INDEX CONCURRENTLY IF EXISTS " + index, index);
    }

    private void run(UUID tenantId, String ddl, String index) {
        try {
            tenantData.callAutoCommit(tenantId, connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(ddl);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // The definition is saved; lists still work without the index, only slower.
            LOG.log(Level.WARNING, "Custom field index " + index + " of tenant " + tenantId + " failed: " + ddl, e);
        }
    }
}
