package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Tenant databases spread over the two local PostgreSQL clusters (5432 "main", 5433 "second"). */
@MicroShedTest
class PlacementAndMigrationIT {

    private static String serverOf(UUID tenantId) throws Exception {
        return ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
    }

    private static long tenantsOn(String server) throws Exception {
        return Long.parseLong(ControlDb.strings("SELECT count(*) FROM tenant_databases WHERE server_name = ?", server)
                .get(0));
    }

    @Test
    void aNewTenantGoesToTheServerWithFewestTenants() throws Exception {
        Member admin = Tenants.signedIn();
        for (int i = 0; i < 3; i++) {
            long main = tenantsOn("main");
            long second = tenantsOn("second");
            String expected = second < main ? "second" : "main";
            assertEquals(expected, serverOf(Tenants.create(admin.token(), "Placed " + i)));
        }
    }

    @Test
    void aServerDownFailsOnlyItsOwnTenants() throws Exception {
        Member admin = Tenants.signedIn();
        UUID onSecond = null;
        UUID onMain = null;
        for (int i = 0; i < 4 && (onSecond == null || onMain == null); i++) {
            UUID id = Tenants.create(admin.token(), "Spread " + i);
            if ("second".equals(serverOf(id))) {
                onSecond = id;
            } else {
                onMain = id;
            }
        }
        assertTrue(onSecond != null && onMain != null, "tenants landed on both servers");
        Api.get(Tenants.path(onSecond, "/settings"), admin.token()).expect(200);

        cluster("stop");
        try {
            Reply down = Api.get(Tenants.path(onSecond, "/settings"), admin.token());
            down.expectProblem(503, "unavailable");
            assertTrue(down.header("Retry-After").isPresent());
            Api.get(Tenants.path(onMain, "/settings"), admin.token()).expect(200);
            UUID meanwhile = Tenants.create(admin.token(), "Created while second is down");
            assertEquals("main", serverOf(meanwhile));
        } finally {
            cluster("start");
        }
        Reply back = null;
        for (int i = 0; i < 20; i++) {
            back = Api.get(Tenants.path(onSecond, "/settings"), admin.token());
            if (back.status() == 200) {
                break;
            }
            Thread.sleep(500);
        }
        back.expect(200);
    }

    @Test
    void aTenantBehindTheSchemaIsMigratedOnFirstUse() throws Exception {
        Member admin = Tenants.signedIn();
        UUID id = Tenants.create(admin.token(), "Left behind");
        String current = ControlDb.strings("SELECT schema_version FROM tenant_databases WHERE tenant_id = ?", id)
                .get(0);
        String database = Tenants.databaseName(id);
        String port = "second".equals(serverOf(id)) ? "5433" : "5432";
        // Make the tenant look like it was created by an older release: no settings table yet.
        try (Connection tenant = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
                Statement statement = tenant.createStatement()) {
            statement.execute("DROP TABLE tenant_settings");
            statement.execute("DELETE FROM databasechangelog WHERE id = '001-tenant-settings'");
        }
        ControlDb.update("UPDATE tenant_databases SET schema_version = 'old' WHERE tenant_id = ?", id);

        Api.get(Tenants.path(id, "/settings"), admin.token()).expect(200);

        assertEquals(
                List.of(current),
                ControlDb.strings("SELECT schema_version FROM tenant_databases WHERE tenant_id = ?", id));
        assertNotEquals("old", current);
        assertEquals(
                List.of("1"),
                ControlDb.stringsAt(
                        "jdbc:postgresql://localhost:" + port + "/" + database,
                        "SELECT count(*) FROM databasechangelog WHERE id = '001-tenant-settings'"));
    }

    private static void cluster(String action) throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString())
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "second", action)
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster " + action);
        if ("start".equals(action)) {
            for (int i = 0; i < 30; i++) {
                Process ready = new ProcessBuilder("pg_isready", "-h", "127.0.0.1", "-p", "5433").start();
                if (ready.waitFor() == 0) {
                    return;
                }
                Thread.sleep(500);
            }
        }
    }
}
