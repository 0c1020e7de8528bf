package dev.procura.platform.tenancy;

import static dev.procura.platform.tenancy.TenantTemplate.execute;

import dev.procura.platform.persistence.Migrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a second database for a tenant and moves the tenant into it: what a restore and a move
 * do. The new database belongs to the tenant's own role and starts empty at a given number of
 * changesets of the tenant changelog (a backup's schema); once filled it is migrated forward and
 * the tenant's placement switches to it, which closes the tenant's unit on every server.
 */
@ApplicationScoped
public class TenantRelocation {

    private static final Logger LOG = Logger.getLogger(TenantRelocation.class.getName());

    @Inject
    TenantServers servers;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantUnits units;

    @Inject
    MasterKey masterKey;

    public TenantDatabase placement(UUID tenantId) {
        return databases
                .find(tenantId)
                .orElseThrow(() -> new IllegalStateException("No database for tenant " + tenantId));
    }

    /** A name for a second database of the tenant: its usual name and a suffix (a restore's or move's id). */
    public static String sideName(TenantDatabase placement, String suffix) {
        return TenantDatabase.databaseNameOf(placement.tenantId()) + "_" + suffix.toLowerCase(Locale.ROOT);
    }

    /**
     * Creates {@code name} on {@code serverName}, owned by the tenant's role (made there with the
     * tenant's password if the server lacks it), and applies the first {@code changesets}
     * changesets of the tenant changelog as that role.
     */
    public void createEmpty(TenantDatabase placement, String serverName, String name, int changesets) throws Exception {
        TenantServers.Server server = server(serverName);
        String role = placement.ownerRole();
        try (Connection admin = servers.openAsAdmin(server, "postgres")) {
            if (!roleExists(admin, role)) {
                execute(admin, "CREATE ROLE " + role + " LOGIN");
                admin.unwrap(org.postgresql.PGConnection.class)
                        .alterUserPassword(
                                role, masterKey.decrypt(placement.passwordEnc()).toCharArray(), "scram-sha-256");
            }
            execute(admin, "CREATE DATABASE " + name + " OWNER " + role + " TEMPLATE template0");
            execute(admin, "REVOKE CONNECT, TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
        }
        try (Connection owner = openAsOwner(placement, serverName, name)) {
            Migrations.apply(owner, TenantSchema.CHANGELOG, changesets);
        }
    }

    /** Applies the rest of the tenant changelog to {@code name}, as the tenant's role. */
    public void migrateForward(TenantDatabase placement, String serverName, String name) throws Exception {
        try (Connection owner = openAsOwner(placement, serverName, name)) {
            Migrations.apply(owner, TenantSchema.CHANGELOG);
        }
    }

    public Connection openAsAdmin(String serverName, String database) throws SQLException {
        return servers.openAsAdmin(server(serverName), database);
    }

    public Connection openAsOwner(TenantDatabase placement, String serverName, String database) throws SQLException {
        TenantServers.Server server = server(serverName);
        return servers.openAs(server, database, placement.ownerRole(), masterKey.decrypt(placement.passwordEnc()));
    }

    /** The tenant now lives in {@code name} on {@code serverName}; every server closes its unit. */
    public void switchTo(UUID tenantId, String serverName, String name) {
        switchTo(tenantId, serverName, name, null);
    }

    /** Like {@link #switchTo(UUID, String, String)}, changing the pin with it ({@link TenantDatabaseRepository#relocate}). */
    public void switchTo(UUID tenantId, String serverName, String name, Boolean pin) {
        databases.relocate(tenantId, serverName, name, pin);
        units.evict(tenantId);
    }

    /**
     * Gives the tenant's current database {@code retiredName} and the filled one {@code filledName}
     * the current database's name, with connections refused meanwhile; the placement keeps its
     * name and every server closes its unit. Undone if the second rename fails.
     */
    public void swapInPlace(TenantDatabase placement, String filledName, String retiredName) throws SQLException {
        String current = placement.databaseName();
        try (Connection admin = openAsAdmin(placement.serverName(), "postgres")) {
            execute(admin, "ALTER DATABASE " + current + " ALLOW_CONNECTIONS false");
            try {
                units.evict(placement.tenantId());
                execute(
                        admin,
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + current + "'");
                execute(admin, "ALTER DATABASE " + current + " RENAME TO " + retiredName);
            } catch (SQLException e) {
                execute(admin, "ALTER DATABASE " + current + " ALLOW_CONNECTIONS true");
                throw e;
            }
            try {
                execute(admin, "ALTER DATABASE " + filledName + " RENAME TO " + current);
            } catch (SQLException e) {
                execute(admin, "ALTER DATABASE " + retiredName + " RENAME TO " + current);
                execute(admin, "ALTER DATABASE " + current + " ALLOW_CONNECTIONS true");
                throw e;
            }
        }
        switchTo(placement.tenantId(), placement.serverName(), current);
    }

    /** Drops one database (never the role, which the tenant keeps); safe for a database that is not there. */
    public void dropQuietly(String serverName, String name) {
        try (Connection admin = openAsAdmin(serverName, "postgres")) {
            execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not drop " + name + " on " + serverName + "; drop it by hand", e);
        }
    }

    /** Drops the tenant's old database and its role on the server it left; leftovers are logged for an operator. */
    public void retire(TenantDatabase left) {
        try (Connection admin = openAsAdmin(left.serverName(), "postgres")) {
            execute(admin, "DROP DATABASE IF EXISTS " + left.databaseName() + " WITH (FORCE)");
            execute(admin, "DROP ROLE IF EXISTS " + left.ownerRole());
        } catch (Exception e) {
            LOG.log(
                    Level.SEVERE,
                    "Could not drop " + left.databaseName() + " or role " + left.ownerRole() + " on "
                            + left.serverName() + "; drop them by hand",
                    e);
        }
    }

    /**
     * Waits until no session on the tenant's database is in a transaction that has written, so a
     * snapshot taken next holds every write that was under way when the tenant turned read-only.
     */
    public void awaitWritesSettled(TenantDatabase placement, Duration patience) throws SQLException {
        Instant deadline = Instant.now().plus(patience);
        try (Connection admin = openAsAdmin(placement.serverName(), "postgres");
                PreparedStatement writers = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = ? AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")) {
            writers.setString(1, placement.databaseName());
            while (true) {
                try (var rs = writers.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Writes to " + placement.databaseName() + " still under way after "
                            + patience.toSeconds() + " s");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while waiting for writes to settle", e);
                }
            }
        }
    }

    private TenantServers.Server server(String name) {
        return servers.byName(name).orElseThrow(() -> new IllegalStateException("Unknown tenant server " + name));
    }

    private static boolean roleExists(Connection admin, String role) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (var rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
