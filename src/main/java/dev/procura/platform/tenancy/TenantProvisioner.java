package dev.procura.platform.tenancy;

import static dev.procura.platform.tenancy.TenantTemplate.execute;

import dev.procura.platform.failures.Failure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Creates and drops tenant databases. Each server holds a template database migrated with the
 * tenant changelog at start-up ({@link TenantTemplate}); a tenant database is a clone of it
 * ({@code CREATE DATABASE … TEMPLATE}), owned by a role of its own, with {@code CONNECT} revoked
 * from {@code PUBLIC}. Migrating the template and cloning it never overlap, also across servers:
 * both hold the template lock on that server.
 */
@ApplicationScoped
public class TenantProvisioner {

    @Inject
    Clock clock;

    public static final String TEMPLATE = TenantTemplate.NAME;
    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantServers servers;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    DedicatedServers dedicated;

    @Inject
    MasterKey masterKey;

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 15) @Initialized(ApplicationScoped.class)
                    Object event) {
        for (TenantServers.Server server : servers.all()) {
            try {
                prepareTemplate(server);
            } catch (Exception e) {
                // One server down must not stop the others; its tenants answer 503 until it is back.
                LOG.log(Level.SEVERE, "Cannot prepare the tenant template on server " + server.name(), e);
            }
        }
    }

    /** Creates the template if missing and applies the tenant changelog to it. */
    public void prepareTemplate(TenantServers.Server server) throws Exception {
        long started = System.nanoTime();
        TenantTemplate.prepare(database -> servers.openAsAdmin(server, database), TEMPLATE);
        LOG.info(() -> "Tenant template on server " + server.name() + " at schema " + TenantSchema.currentVersion()
                + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    /** Servers by the number of tenant databases they hold, fewest first. */
    public List<TenantServers.Server> placementOrder() {
        Map<String, Long> counts = databases.countByServer();
        return servers.all().stream()
                .sorted(Comparator.comparingLong((TenantServers.Server s) -> counts.getOrDefault(s.name(), 0L)))
                .toList();
    }

    /**
     * Clones the template into a new database owned by a new role, on the server with the fewest
     * tenants that answers, or only on the server the sign-up plan dedicates ({@link DedicatedServers}). On failure nothing is left behind on the server. The returned
     * placement is not yet saved: the caller saves it with the tenant row, and calls
     * {@link #drop} if that fails.
     */
    public TenantDatabase create(UUID tenantId) {
        for (TenantServers.Server server : candidates()) {
            try {
                return createOn(server, tenantId);
            } catch (SQLException e) {
                LOG.log(
                        Level.WARNING,
                        "Provisioning tenant " + tenantId + " on " + server.name() + " failed; trying the next server",
                        e);
            }
        }
        throw new Failure.Unavailable("The tenant database could not be created; try again", Duration.ofSeconds(5));
    }

    /** Where a new tenant may go: the sign-up plan's dedicated server alone, or every server, fewest tenants first. */
    List<TenantServers.Server> candidates() {
        return dedicated
                .forNewTenants()
                .map(name -> servers.byName(name)
                        .map(List::of)
                        .orElseThrow(() -> new IllegalStateException("The sign-up plan's dedicated server " + name
                                + " is not among procura.tenants.servers")))
                .orElseGet(this::placementOrder);
    }

    private TenantDatabase createOn(TenantServers.Server server, UUID tenantId) throws SQLException {
        String name = TenantDatabase.databaseNameOf(tenantId);
        String password = randomPassword();
        try (Connection admin = servers.openAsAdmin(server, "postgres")) {
            TenantTemplate.lock(admin);
            try {
                execute(admin, "CREATE ROLE " + name + " LOGIN");
                admin.unwrap(PGConnection.class).alterUserPassword(name, password.toCharArray(), "scram-sha-256");
                execute(admin, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + name);
                execute(admin, "REVOKE CONNECT, TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
            } finally {
                TenantTemplate.unlock(admin);
            }
            try (Connection tenant = servers.openAsAdmin(server, name)) {
                handOver(tenant, name);
            }
        } catch (SQLException e) {
            dropQuietly(server.name(), name);
            throw e;
        }
        return new TenantDatabase(
                tenantId,
                server.name(),
                name,
                name,
                masterKey.encrypt(password),
                TenantSchema.currentVersion(),
                clock.instant());
    }

    /** Drops a tenant database and its role; safe to call for a half-made tenant. */
    public void drop(String serverName, String databaseName) throws SQLException {
        TenantServers.Server server = servers.byName(serverName)
                .orElseThrow(() -> new IllegalStateException("Unknown tenant server " + serverName));
        try (Connection admin = servers.openAsAdmin(server, "postgres")) {
            execute(admin, "DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            execute(admin, "DROP ROLE IF EXISTS " + databaseName);
        }
    }

    /** Drops a tenant's database and its role, which a restored tenant names apart from its database. */
    public void drop(TenantDatabase database) throws SQLException {
        TenantServers.Server server = servers.byName(database.serverName())
                .orElseThrow(() -> new IllegalStateException("Unknown tenant server " + database.serverName()));
        try (Connection admin = servers.openAsAdmin(server, "postgres")) {
            execute(admin, "DROP DATABASE IF EXISTS " + database.databaseName() + " WITH (FORCE)");
            execute(admin, "DROP ROLE IF EXISTS " + database.ownerRole());
        }
    }

    public void dropQuietly(String serverName, String databaseName) {
        try {
            drop(serverName, databaseName);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not drop " + databaseName + " on " + serverName + "; drop it by hand", e);
        }
    }

    /** The clone's tables (partitioned ones too) belong to the admin who migrated the template: give them to the tenant role. */
    private static void handOver(Connection tenant, String role) throws SQLException {
        execute(
                tenant,
                "DO $$ DECLARE r record; BEGIN"
                        + " FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + "   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP"
                        + "   EXECUTE format('ALTER TABLE public.%I OWNER TO " + role + "', r.relname);"
                        + " END LOOP; END $$");
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
