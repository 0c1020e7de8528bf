package dev.procura.platform.tenancy;

import dev.procura.platform.failures.Failure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens one tenant unit: a pool of the tenant's database on its server's connection budget,
 * logged in as the tenant's own role, with the tenant's schema brought up to date first if a
 * release left it behind. {@link TenantUnits} decides when.
 */
@ApplicationScoped
public class TenantUnitFactory implements TenantUnits.Opener {

    private static final Logger LOG = Logger.getLogger(TenantUnitFactory.class.getName());

    @Inject
    TenantConnections connections;

    @Inject
    TenantMigrator migrator;

    @Override
    public DataSource open(TenantDatabase database) {
        TenantPool pool = connections.pool(database);
        if (!database.isCurrent()) {
            migrate(database, pool);
        }
        return pool;
    }

    @Override
    public void close(DataSource opened) {
        ((TenantPool) opened).retire();
    }

    /** Brings a tenant left behind by a release up to date before anyone uses it. */
    private void migrate(TenantDatabase database, TenantPool pool) {
        try (Connection connection = pool.getConnection()) {
            migrator.migrate(database, connection);
        } catch (Exception e) {
            pool.retire();
            LOG.log(Level.SEVERE, "Migrating tenant " + database.tenantId() + " failed", e);
            throw new Failure.Unavailable(
                    "The tenant's data is being upgraded; try again shortly", Duration.ofSeconds(5));
        }
    }
}
