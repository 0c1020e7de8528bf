package dev.procura.platform.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.procura.platform.persistence.PostgresPlatform;
import dev.procura.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the parts of one tenant unit: a small HikariCP pool logged in as the tenant's own role,
 * the tenant's schema brought up to date if it is behind, and an EntityManagerFactory of the
 * {@code tenant} persistence unit with its own session name. {@link TenantUnits} decides when.
 */
@ApplicationScoped
public class TenantUnitFactory {

    private static final Logger LOG = Logger.getLogger(TenantUnitFactory.class.getName());

    /** What a unit is made of; close the factory, then the data source. */
    public record Parts(HikariDataSource dataSource, EntityManagerFactory factory) {
    }

    @Inject
    TenantServers servers;

    @Inject
    MasterKey masterKey;

    @Inject
    TenantMigrator migrator;

    public Parts open(TenantDatabase database, int poolSize, Duration idleTimeout, Duration acquireTimeout) {
        TenantServers.Server server = servers.byName(database.serverName()).orElseThrow(() ->
                new IllegalStateException("Tenant " + database.tenantId() + " is on unknown server " + database.serverName()));
        HikariConfig config = new HikariConfig();
        config.setPoolName("tenant-" + database.tenantId());
        config.setJdbcUrl(server.urlOf(database.databaseName()));
        config.setDataSourceProperties(servers.loginProperties(database.ownerRole(), masterKey.decrypt(database.passwordEnc())));
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setIdleTimeout(Math.max(10_000, idleTimeout.toMillis() / 2));
        config.setConnectionTimeout(Math.max(250, acquireTimeout.toMillis()));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(false);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            if (!database.isCurrent()) {
                migrate(database, dataSource);
            }
            Map<String, Object> properties = Map.of(
                    "jakarta.persistence.nonJtaDataSource", dataSource,
                    "eclipselink.session-name", "tenant-" + database.tenantId(),
                    "eclipselink.target-database", PostgresPlatform.class.getName());
            return new Parts(dataSource, Persistence.createEntityManagerFactory("tenant", properties));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Brings a tenant left behind by a release up to date before anyone uses it. */
    private void migrate(TenantDatabase database, HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrator.migrate(database, connection);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Migrating tenant " + database.tenantId() + " failed", e);
            throw new ProblemException.Unavailable("The tenant's data is being upgraded; try again shortly",
                    Duration.ofSeconds(5));
        }
    }
}
