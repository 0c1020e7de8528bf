package dev.procura.platform.tenancy;

import dev.procura.platform.persistence.Migrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Brings one tenant database up to the current tenant schema, as the tenant's own role, under an
 * advisory lock on that database so two servers never migrate it at once. Used when a tenant's
 * unit opens (first use) and by the tenant-migrations batch job that walks every tenant.
 */
@ApplicationScoped
public class TenantMigrator {

    private static final Logger LOG = Logger.getLogger(TenantMigrator.class.getName());

    public enum Outcome {
        MIGRATED,
        UP_TO_DATE
    }

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantConnections connections;

    /** Migrates on a connection of the tenant database; the placement row records the new version. */
    public void migrate(TenantDatabase database, Connection connection) throws Exception {
        long lockKey = database.tenantId().getMostSignificantBits();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + lockKey + ")");
        }
        try {
            Migrations.apply(connection, TenantSchema.CHANGELOG);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + lockKey + ")");
            }
            connection.setAutoCommit(autoCommit);
        }
        databases.markMigrated(database.tenantId(), TenantSchema.currentVersion());
        LOG.info("Migrated tenant " + database.tenantId() + " to schema " + TenantSchema.currentVersion());
    }

    /** Migrates a tenant if its recorded schema is behind, on a connection from its server's budget. */
    public Outcome migrateIfBehind(UUID tenantId) throws Exception {
        TenantDatabase database = databases
                .find(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("No database for tenant " + tenantId));
        if (database.isCurrent()) {
            return Outcome.UP_TO_DATE;
        }
        TenantPool pool = connections.pool(database);
        try (Connection connection = pool.getConnection()) {
            migrate(database, connection);
        } finally {
            pool.retire();
        }
        return Outcome.MIGRATED;
    }
}
