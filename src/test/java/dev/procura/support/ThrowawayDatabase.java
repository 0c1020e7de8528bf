package dev.procura.support;

import dev.procura.platform.persistence.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of one unit test on the local PostgreSQL (127.0.0.1:5432, user postgres), named
 * {@code cov_<purpose>_<random>} so that it never meets the server's or another test's data;
 * {@link #close()} drops it.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;

    private ThrowawayDatabase(String name) {
        this.name = name;
    }

    /** Creates an empty database for {@code purpose} (a-z and _). */
    public static ThrowawayDatabase create(String purpose) throws SQLException {
        String name = "cov_" + purpose + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ThrowawayDatabase(name);
    }

    /** Applies a changelog of the application (e.g. the control or the tenant schema). */
    public ThrowawayDatabase migrated(String changelog) throws Exception {
        // As the migration command does: no analytics calls, no banner.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        try (Connection connection = connect()) {
            Migrations.apply(connection, changelog);
        }
        return this;
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url());
        dataSource.setUser(USER);
        return dataSource;
    }

    /** Runs a statement with its parameters; returns the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs any statement with its parameters, a query too, and ignores what it answers. */
    public void execute(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single number a query answers, e.g. a count. */
    public long number(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
