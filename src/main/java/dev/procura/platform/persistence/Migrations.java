package dev.procura.platform.persistence;

import java.sql.Connection;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs a Liquibase changelog from the classpath on one connection. Liquibase is not safe for two
 * updates at once in one JVM (its lock service is static), so runs are serialized here; across
 * servers Liquibase's own database lock keeps a changelog from being applied twice.
 */
public final class Migrations {

    private static final Object JVM_LOCK = new Object();

    private Migrations() {}

    public static void apply(Connection connection, String changelog) throws Exception {
        apply(connection, changelog, null);
    }

    /**
     * Applies only the first {@code count} changesets of the changelog that the database has not run
     * (all of them when null): a restore brings a new database to the schema of an older backup.
     */
    public static void apply(Connection connection, String changelog, Integer count) throws Exception {
        synchronized (JVM_LOCK) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()));
            Scope.child(scope, () -> {
                if (count == null) {
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .execute();
                } else {
                    new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, changelog)
                            .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, count)
                            .execute();
                }
            });
        }
    }
}
