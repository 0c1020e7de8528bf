package dev.procura.platform.tenancy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The migration command of the Helm chart's hook job, against the local PostgreSQL (127.0.0.1:5432)
 * with databases of its own: a throwaway control database and a throwaway template name, so the
 * shared tenant template ({@link TenantTemplate#NAME}) is never touched. Dropped afterwards.
 */
class MigrateCommandTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SUFFIX =
            UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final List<String> CREATED = new ArrayList<>();

    @Test
    void readsTheServersEnvironmentVariablesIncludingPerServerNamesWithDashes() {
        MigrateCommand command = MigrateCommand.fromEnvironment(
                Map.of(
                        "PROCURA_DB_URL", "jdbc:postgresql://control:5432/procura",
                        "PROCURA_DB_USER", "procura",
                        "PROCURA_DB_PASSWORD", "secret",
                        "PROCURA_TENANTS_SERVERS", "main, eu-west",
                        "PROCURA_TENANTS_SERVER_MAIN_URL", "jdbc:postgresql://pg-a:5432",
                        "PROCURA_TENANTS_SERVER_EU_WEST_URL", "jdbc:postgresql://pg-b:5432/",
                        "PROCURA_TENANTS_SERVER_EU_WEST_USER", "admin",
                        "PROCURA_TENANTS_SERVER_EU_WEST_PASSWORD", "other"),
                "t");

        assertEquals(
                List.of(
                        new TenantServers.Server("main", "jdbc:postgresql://pg-a:5432/", "procura", "secret"),
                        new TenantServers.Server("eu-west", "jdbc:postgresql://pg-b:5432/", "admin", "other")),
                command.servers());
    }

    @Test
    void withoutATenantServerListTheControlDatabasesServerIsMain() {
        MigrateCommand command = MigrateCommand.fromEnvironment(
                Map.of("PROCURA_DB_URL", "jdbc:postgresql://control:5432/procura?ssl=true"), "t");

        assertEquals(
                List.of(new TenantServers.Server("main", "jdbc:postgresql://control:5432/", "postgres", null)),
                command.servers());
    }

    @Test
    void refusesToRunWithoutAControlDatabaseUrl() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> MigrateCommand.fromEnvironment(Map.of(), "t"));

        assertTrue(refused.getMessage().contains("PROCURA_DB_URL"), refused.getMessage());
        assertEquals(1, MigrateCommand.run(Map.of(), "t"));
    }

    @Test
    void aProductionJobRefusesToMigrateWithoutTlsUnlessInsecureConnectionsAreAllowed() throws Exception {
        String control = throwaway("procura_migrate_test_");
        Map<String, String> environment = environment(control);
        environment.remove("PROCURA_DB_ALLOW_INSECURE");

        assertEquals(1, MigrateCommand.run(environment, "procura_tmpl_never_made"));
        assertFalse(databaseExists(control), "nothing was created");
    }

    @Test
    void migratesTheControlDatabaseAndTheTemplateOfEveryServerAndIsHarmlessTwice() throws Exception {
        String control = throwaway("procura_migrate_test_");
        String template = throwaway("procura_template_test_");
        Map<String, String> environment = environment(control);

        assertEquals(0, MigrateCommand.run(environment, template));
        long controlChanges = count(control, "SELECT count(*) FROM databasechangelog");
        long templateChanges = count(template, "SELECT count(*) FROM databasechangelog");
        assertEquals(0, MigrateCommand.run(environment, template));

        assertTrue(controlChanges > 0 && templateChanges > 0);
        assertEquals(controlChanges, count(control, "SELECT count(*) FROM databasechangelog"));
        assertEquals(templateChanges, count(template, "SELECT count(*) FROM databasechangelog"));
        assertEquals(
                1,
                count(control, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'tenant_databases'"));
        assertEquals(1, count(template, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'outbox'"));
        assertFalse(publicMayConnect(template));
    }

    @Test
    void runsOnTheWarsLibrariesAloneAsTheJobDoes() throws Exception {
        String control = throwaway("procura_migrate_test_");
        String template = throwaway("procura_template_test_");
        String classpath = String.join(
                File.pathSeparator,
                Path.of("target/classes").toAbsolutePath().toString(),
                Path.of("target/test-classes").toAbsolutePath().toString(),
                Files.readString(Path.of(
                                System.getProperty("procura.runtime.classpath.file", "target/runtime-classpath.txt")))
                        .strip());
        ProcessBuilder job = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        classpath,
                        MigrateCommandLauncher.class.getName(),
                        template)
                .redirectErrorStream(true);
        job.environment().putAll(environment(control));

        Process process = job.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertFalse(output.contains("NoClassDefFoundError") || output.contains("ClassNotFoundException"), output);
        assertTrue(count(control, "SELECT count(*) FROM databasechangelog") > 0, output);
        assertTrue(count(template, "SELECT count(*) FROM databasechangelog") > 0, output);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            for (String database : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** Two tenant servers, both the local cluster: the second name has a dash, as in PROCURA_TENANTS_SERVER_EU_WEST_URL. */
    private static Map<String, String> environment(String controlDatabase) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PROCURA_DB_URL", SERVER + controlDatabase);
        environment.put("PROCURA_DB_USER", "postgres");
        environment.put("PROCURA_DB_SSLMODE", "disable");
        environment.put("PROCURA_DB_ALLOW_INSECURE", "true");
        environment.put("PROCURA_TENANTS_SERVERS", "main,eu-west");
        environment.put("PROCURA_TENANTS_SERVER_MAIN_URL", SERVER);
        environment.put("PROCURA_TENANTS_SERVER_EU_WEST_URL", SERVER);
        return environment;
    }

    private static String throwaway(String prefix) {
        String name = prefix + CREATED.size() + "_" + SUFFIX;
        CREATED.add(name);
        return name;
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean databaseExists(String database) throws SQLException {
        return count("postgres", "SELECT count(*) FROM pg_database WHERE datname = '" + database + "'") > 0;
    }

    private static boolean publicMayConnect(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT has_database_privilege('public', '" + database + "', 'CONNECT')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
