package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantMoveIT {

    private static final Duration JOB_TIME = Duration.ofSeconds(90);
    private static Tenants.Member operator;

    @BeforeAll
    static void operator() throws SQLException {
        operator = Tenants.platformAdmin();
    }

    private static String admin(UUID tenantId, String rest) {
        return "/api/v1/admin/tenants/" + tenantId + rest;
    }

    private static Reply move(UUID tenantId, String server, String token) {
        return Api.post(
                admin(tenantId, "/move"),
                token,
                Json.createObjectBuilder().add("server", server).build());
    }

    private static Map<String, String> reads(Shop shop, UUID supplierId, String orderId, String documentId) {
        Function<String, String> read =
                path -> Api.get(shop.path(path), shop.token()).expect(200).body();
        return Map.of(
                "suppliers", read.apply("/suppliers"),
                "supplier", read.apply("/suppliers/" + supplierId),
                "order", read.apply("/purchase-orders/" + orderId),
                "orders", read.apply("/purchase-orders"),
                "document", read.apply("/documents/" + documentId),
                "documents", read.apply("/documents"));
    }

    private static JsonObject finished(Reply started) {
        String location = URI.create(started.header("Location").orElseThrow()).getPath();
        return Await.until("the move to finish", JOB_TIME, () -> {
            JsonObject view = Api.get(location, operator.token()).expect(200).json();
            String status = view.getString("status");
            return "completed".equals(status) || "failed".equals(status) ? Optional.of(view) : Optional.empty();
        });
    }

    private static String serverOf(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
    }

    private static String databaseOf(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT database_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
    }

    private static String postgresOf(String server) {
        return "jdbc:postgresql://localhost:" + ("second".equals(server) ? "5433" : "5432") + "/postgres";
    }

    private static List<String> databasesOn(String server, UUID tenantId) throws SQLException {
        return ControlDb.stringsAt(
                postgresOf(server),
                "SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY datname",
                Tenants.databaseName(tenantId) + "%");
    }

    private static List<String> rolesOn(String server, UUID tenantId) throws SQLException {
        return ControlDb.stringsAt(
                postgresOf(server), "SELECT rolname FROM pg_roles WHERE rolname = ?", Tenants.databaseName(tenantId));
    }

    private static List<String> events(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT topic FROM outbox WHERE message_key = ? ORDER BY id", tenantId.toString());
    }

    private static String otherThan(String server) {
        return "main".equals(server) ? "second" : "main";
    }

    @Test
    void movedTenantAnswersTheSameFromTheOtherServerAndLeavesNothingBehind() throws Exception {
        Shop shop = Buying.shop("Move Round Trip");
        UUID supplierId = Buying.supplier(shop, "MOV1");
        String orderId = Buying.order(shop, supplierId, Buying.lines(Buying.line("INK", "4", "12.00", "23")))
                .getString("id");
        String documentId = Uploads.upload(shop.token(), shop.tenantId(), "move.txt", "Moved with its tenant")
                .expect(201)
                .json()
                .getString("id");
        Map<String, String> before = reads(shop, supplierId, orderId, documentId);
        String from = serverOf(shop.tenantId());
        String to = otherThan(from);
        assertEquals(List.of(Tenants.databaseName(shop.tenantId())), databasesOn(from, shop.tenantId()));

        Reply started = move(shop.tenantId(), to, operator.token()).expect(202);
        assertEquals(from, started.json().getString("from_server"));
        assertEquals(to, started.json().getString("to_server"));
        JsonObject refused = Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody("MOV2").build())
                .expectProblem(409, "tenant-read-only");
        assertEquals("move", refused.getString("reason"));
        Api.get(shop.path("/suppliers"), shop.token()).expect(200);
        move(shop.tenantId(), to, operator.token()).expectProblem(409, "tenant-read-only");
        JsonObject moved = finished(started);
        assertEquals("completed", moved.getString("status"), moved.toString());
        assertTrue(moved.getInt("tables_verified") > 10, moved.toString());

        assertEquals(before, reads(shop, supplierId, orderId, documentId));
        assertEquals(to, serverOf(shop.tenantId()));
        assertEquals(moved.getString("database"), databaseOf(shop.tenantId()));
        assertEquals(List.of(), databasesOn(from, shop.tenantId()));
        assertEquals(List.of(), rolesOn(from, shop.tenantId()));
        assertEquals(List.of(databaseOf(shop.tenantId())), databasesOn(to, shop.tenantId()));
        Buying.supplier(shop, "MOV3");
        assertEquals(
                1,
                ControlDb.stringsAt(
                                postgresOf(to).replace("/postgres", "/" + databaseOf(shop.tenantId())),
                                "SELECT code FROM suppliers WHERE code = ?",
                                "MOV3")
                        .size());
        assertTrue(events(shop.tenantId())
                .containsAll(List.of(
                        "tenant.made_read_only",
                        "tenant.move_started",
                        "tenant.backup_completed",
                        "tenant.move_completed",
                        "tenant.made_writable")));
        JsonObject backup = Api.get(
                        admin(shop.tenantId(), "/backups/" + moved.getString("backup_id")), operator.token())
                .expect(200)
                .json();
        assertEquals("move", backup.getString("trigger"));
        assertEquals(
                moved.getString("id"),
                Api.get(admin(shop.tenantId(), "/moves"), operator.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"));

        JsonObject again = move(shop.tenantId(), to, operator.token()).expectProblem(409, "already-on-server");
        assertEquals(to, again.getString("server"));
    }

    @Test
    void aMoveIsRefusedForAnUnknownServerAnUnknownTenantAndANonAdmin() throws Exception {
        Shop shop = Buying.shop("Move Refusals");
        String from = serverOf(shop.tenantId());
        JsonObject invalid = move(shop.tenantId(), "third", operator.token()).expectProblem(400, "validation");
        assertEquals("server", invalid.getJsonArray("errors").getJsonObject(0).getString("field"));
        move(shop.tenantId(), "", operator.token()).expectProblem(400, "validation");
        move(UUID.randomUUID(), otherThan(from), operator.token()).expectProblem(404, "not-found");
        move(shop.tenantId(), otherThan(from), shop.token()).expectProblem(403, "forbidden");
        Api.get(admin(shop.tenantId(), "/moves"), shop.token()).expectProblem(403, "forbidden");
        Api.get(admin(shop.tenantId(), "/moves/" + UUID.randomUUID()), operator.token())
                .expectProblem(404, "not-found");

        assertEquals(from, serverOf(shop.tenantId()));
        assertEquals(
                0,
                Api.get(admin(shop.tenantId(), "/moves"), operator.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Buying.supplier(shop, "STAY1");
        assertTrue(events(shop.tenantId()).stream().noneMatch(e -> e.startsWith("tenant.move_")));
    }
}
