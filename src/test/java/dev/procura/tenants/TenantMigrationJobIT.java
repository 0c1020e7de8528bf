package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** POST /api/v1/admin/migrations: a partitioned batch job walks every tenant. */
@MicroShedTest
class TenantMigrationJobIT {

    private static String outcomeOf(long run, UUID tenantId) throws Exception {
        return ControlDb.strings(
                        "SELECT outcome FROM tenant_migration_results WHERE job_execution_id = ? AND tenant_id = ?",
                        run,
                        tenantId)
                .stream()
                .findFirst()
                .orElse("none");
    }

    private static void forgetSettingsTable(UUID tenantId) throws Exception {
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
        String url = "jdbc:postgresql://localhost:" + ("second".equals(server) ? "5433" : "5432") + "/"
                + Tenants.databaseName(tenantId);
        try (Connection tenant = DriverManager.getConnection(url, "postgres", "");
                Statement statement = tenant.createStatement()) {
            statement.execute("DROP TABLE tenant_settings");
            statement.execute("DELETE FROM databasechangelog WHERE id = '001-tenant-settings'");
        }
        ControlDb.update("UPDATE tenant_databases SET schema_version = 'old' WHERE tenant_id = ?", tenantId);
    }

    @Test
    void theJobMigratesTenantsBehindAndRecordsABrokenOneWithoutStopping() throws Exception {
        Member admin = Tenants.signedIn();
        UUID behind = Tenants.create(admin.token(), "Behind");
        UUID broken = Tenants.create(admin.token(), "Broken");
        UUID current = Tenants.create(admin.token(), "Current");
        forgetSettingsTable(behind);
        ControlDb.update(
                "UPDATE tenant_databases SET schema_version = 'old', database_name = 'tenant_missing' "
                        + "WHERE tenant_id = ?",
                broken);
        Member operator = Tenants.platformAdmin();
        try {
            Reply started = Api.request("POST", "/api/v1/admin/migrations")
                    .token(operator.token())
                    .send()
                    .expect(202);
            String location = started.header("Location").orElseThrow();
            long run = started.json().getJsonNumber("id").longValue();

            JsonObject status = null;
            // Every tenant on the server is walked: allow for a few hundred of them.
            for (int i = 0; i < 360; i++) {
                status = Api.get(location.substring(location.indexOf("/api/")), operator.token())
                        .expect(200)
                        .json();
                if (List.of("completed", "failed", "stopped").contains(status.getString("status"))) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals("completed", status.getString("status"), status.toString());
            assertEquals("MIGRATED", outcomeOf(run, behind));
            assertEquals("UP_TO_DATE", outcomeOf(run, current));
            assertEquals("FAILED", outcomeOf(run, broken));
            assertTrue(status.getInt("failed") >= 1 && status.getInt("migrated") >= 1, status.toString());
            String failures = status.getJsonArray("failures").toString();
            assertTrue(failures.contains(broken.toString()), failures);
            assertTrue(!failures.contains("CREATE") && !failures.contains("\\n"), failures);

            Api.get(Tenants.path(behind, "/settings"), admin.token()).expect(200);
            assertEquals(
                    List.of("false"),
                    ControlDb.strings(
                            "SELECT (schema_version = 'old')::text FROM tenant_databases WHERE tenant_id = ?", behind));
        } finally {
            ControlDb.update(
                    "UPDATE tenant_databases SET database_name = ? WHERE tenant_id = ?",
                    Tenants.databaseName(broken),
                    broken);
        }
    }

    @Test
    void onlyPlatformAdministratorsRunMigrations() {
        Member admin = Tenants.signedIn();
        Api.request("POST", "/api/v1/admin/migrations")
                .token(admin.token())
                .send()
                .expectProblem(403, "forbidden");
        Api.get("/api/v1/admin/migrations/1", admin.token()).expectProblem(403, "forbidden");
    }

    @Test
    void unknownRunsAreNotFound() throws Exception {
        Api.get("/api/v1/admin/migrations/987654321", Tenants.platformAdmin().token())
                .expectProblem(404, "not-found");
    }
}
