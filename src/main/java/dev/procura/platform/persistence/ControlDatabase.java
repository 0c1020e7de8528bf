package dev.procura.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Makes the control database ready before anything uses it: creates it when it is missing (if
 * the configured user may) and applies the {@code db/control} changelog. The Helm chart's
 * migration job does the same before servers roll out; Liquibase's lock keeps the two apart.
 */
@ApplicationScoped
public class ControlDatabase {

    public static final String CHANGELOG = "db/control/changelog.xml";
    private static final Logger LOG = Logger.getLogger(ControlDatabase.class.getName());

    @Inject
    DatabaseSettings settings;

    private volatile boolean migrated;

    void onStart(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class)
                    Object event)
            throws Exception {
        prepare(settings);
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Creates the control database if missing and applies the changelog; also run by {@code MigrateCommand}. */
    public static void prepare(DatabaseSettings settings) throws Exception {
        createIfMissing(settings);
        long started = System.nanoTime();
        try (Connection connection = settings.open(settings.url())) {
            Migrations.apply(connection, CHANGELOG);
        }
        LOG.info(() -> "Control database migrated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static void createIfMissing(DatabaseSettings settings) throws SQLException {
        String name = settings.databaseName();
        try (Connection connection = settings.open(settings.maintenanceUrl());
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + quoteIdentifier(name));
                LOG.info("Created the control database " + name);
            } catch (SQLException e) {
                // Another server may have created it a moment ago (42P04: duplicate_database).
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                LOG.warning("Cannot check or create database " + name + " (" + e.getMessage()
                        + "); assuming an operator created it");
                return;
            }
            throw e;
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
