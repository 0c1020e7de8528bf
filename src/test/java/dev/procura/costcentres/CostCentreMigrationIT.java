package dev.procura.costcentres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Migrations;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Changeset 024 on a tenant still at the schema before it (as TenantMigrationJobIT proves a
 * migration): every cost centre its budgets and purchase orders name becomes an active cost
 * centre, once whatever the case, so that the tenant keeps ordering on them.
 */
@MicroShedTest
class CostCentreMigrationIT {

    /** Takes the tenant back to the schema before 024, its documents naming cost centres freely. */
    private static void backBeforeCostCentres(UUID tenantId, String orderId) throws Exception {
        try (Connection tenant = DriverManager.getConnection(Tenants.databaseUrl(tenantId), "postgres", "");
                Statement statement = tenant.createStatement()) {
            statement.execute("DROP TABLE cost_centres");
            statement.execute("DELETE FROM databasechangelog WHERE id = '024-cost-centres'");
            statement.execute("UPDATE purchase_orders SET cost_center = 'Legacy' WHERE id = '" + orderId + "'");
            statement.execute("UPDATE budgets SET cost_center = 'LEGACY' WHERE period = '2030'");
            statement.execute("UPDATE budgets SET cost_center = 'BUDG-ONLY' WHERE period = '2031'");
        }
        ControlDb.update("UPDATE tenant_databases SET schema_version = 'old' WHERE tenant_id = ?", tenantId);
    }

    private static JsonObject budget(String period) {
        return Json.createObjectBuilder()
                .add("cost_center", "IT")
                .add("period", period)
                .add("amount", 100)
                .add("currency", "EUR")
                .add("action_on_exceed", "warn")
                .build();
    }

    @Test
    void theMigrationTurnsEveryCostCentreDocumentsNameIntoAnActiveOne() throws Exception {
        Shop shop = Buying.shop("Cost centre migration");
        UUID supplier = Buying.supplier(shop, "MIG");
        String orderId = Buying.order(shop, supplier, Buying.lines(Buying.line("M-1", "1", "5", "0")))
                .getString("id");
        Api.post(shop.path("/budgets"), shop.token(), budget("2030")).expect(201);
        Api.post(shop.path("/budgets"), shop.token(), budget("2031")).expect(201);
        backBeforeCostCentres(shop.tenantId(), orderId);

        JsonObject status = Migrations.runAll();
        assertEquals("completed", status.getString("status"), status.toString());
        long run = status.getJsonNumber("id").longValue();
        assertEquals(
                List.of("MIGRATED"),
                ControlDb.strings(
                        "SELECT outcome FROM tenant_migration_results WHERE job_execution_id = ? AND tenant_id = ?",
                        run,
                        shop.tenantId()));

        List<JsonObject> centres = Api.get(shop.path("/cost-centres?sort=code"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(
                List.of("budg-only", "legacy"),
                centres.stream()
                        .map(c -> c.getString("code").toLowerCase(Locale.ROOT))
                        .sorted()
                        .toList());
        for (JsonObject centre : centres) {
            assertEquals(centre.getString("code"), centre.getString("name"));
            assertEquals(true, centre.getBoolean("active"));
        }
        // The tenant orders on the migrated cost centre, in any case, and not on one no document named.
        Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line("M-2", "1", "5", "0")))
                                .add("cost_center", "legacy")
                                .build())
                .expect(201);
        assertEquals(
                List.of("cost_center"),
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                Buying.orderBody(supplier, Buying.lines(Buying.line("M-3", "1", "5", "0")))
                                        .build())
                        .fieldErrors());
    }
}
