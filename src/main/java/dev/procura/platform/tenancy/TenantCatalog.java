package dev.procura.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tenant database holds, read from PostgreSQL's catalog on a connection to it: the tables
 * of the tenant schema (Liquibase's own bookkeeping left out), their foreign keys, copyable columns
 * and sequences, and the changesets applied so far. Backups, restores and moves walk it.
 */
public final class TenantCatalog {

    /** Liquibase's tables: a restored database gets its own from the changelog. */
    public static final List<String> BOOKKEEPING = List.of("databasechangelog", "databasechangeloglock");

    public record ForeignKey(String table, String references) {}

    public record SequenceValue(long lastValue, boolean called) {}

    private TenantCatalog() {}

    /** The ordinary tables of schema {@code public} but Liquibase's, by name. */
    public static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = strings(
                connection,
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname");
        tables.removeAll(BOOKKEEPING);
        return tables;
    }

    public static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT t.relname, r.relname FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                                + " JOIN pg_class r ON r.oid = k.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                                + " WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2")) {
            while (rs.next()) {
                keys.add(new ForeignKey(rs.getString(1), rs.getString(2)));
            }
        }
        return keys;
    }

    /** The columns COPY can carry both ways, in table order: generated columns are computed again. */
    public static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.attname FROM pg_attribute a WHERE a.attrelid = ('public.' || quote_ident(?))::regclass"
                        + " AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum")) {
            query.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            return columns;
        }
    }

    public static List<String> sequences(Connection connection) throws SQLException {
        return strings(
                connection,
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname");
    }

    public static SequenceValue sequenceValue(Connection connection, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT last_value, is_called FROM public." + quoted(sequence))) {
            rs.next();
            return new SequenceValue(rs.getLong(1), rs.getBoolean(2));
        }
    }

    public static void setSequence(Connection connection, String sequence, SequenceValue value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            set.setString(1, "public." + quoted(sequence));
            set.setLong(2, value.lastValue());
            set.setBoolean(3, value.called());
            set.execute();
        }
    }

    /** The changesets applied, in the order they ran, as {@code id::author}. */
    public static List<String> changesets(Connection connection) throws SQLException {
        return strings(
                connection,
                "SELECT id || '::' || author FROM public.databasechangelog ORDER BY orderexecuted, dateexecuted");
    }

    /** An identifier quoted for SQL text (names come from the catalog, quoting keeps them intact). */
    public static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
