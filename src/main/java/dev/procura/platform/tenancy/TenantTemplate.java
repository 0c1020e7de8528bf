package dev.procura.platform.tenancy;

import dev.procura.platform.persistence.Migrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database every tenant database on a server is cloned from. Preparing it (create if missing,
 * apply the tenant changelog) and cloning it hold the same PostgreSQL advisory lock on that
 * server, so they never overlap, whether the server's start-up, another server or the migration
 * command prepares it. Plain JDBC: the migration command runs it without CDI.
 */
public final class TenantTemplate {

    /**
     * Named after the tenant schema version, so servers of two releases (a rolling upgrade) or two
     * builds sharing a cluster each clone a template migrated with exactly their own changelog.
     */
    public static final String NAME = "procura_tenant_template_" + TenantSchema.currentVersion();

    private static final long LOCK = 0x5052_4f43_5552_4101L;

    /** Opens an administrator connection to a database of one tenant server. */
    @FunctionalInterface
    public interface AdminConnections {
        Connection open(String database) throws SQLException;
    }

    private TenantTemplate() {}

    /** Creates the template {@code name} if missing and applies the tenant changelog to it. */
    public static void prepare(AdminConnections connections, String name) throws Exception {
        try (Connection admin = connections.open("postgres")) {
            lock(admin);
            try {
                if (!exists(admin, name)) {
                    execute(admin, "CREATE DATABASE " + name);
                    execute(admin, "REVOKE CONNECT ON DATABASE " + name + " FROM PUBLIC");
                }
                try (Connection template = connections.open(name)) {
                    Migrations.apply(template, TenantSchema.CHANGELOG);
                }
            } finally {
                unlock(admin);
            }
        }
    }

    static void lock(Connection admin) throws SQLException {
        execute(admin, "SELECT pg_advisory_lock(" + LOCK + ")");
    }

    static void unlock(Connection admin) throws SQLException {
        execute(admin, "SELECT pg_advisory_unlock(" + LOCK + ")");
    }

    static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
