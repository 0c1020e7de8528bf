package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pinning a tenant to a PostgreSQL server, by an operator or by its plan: the placement shows
 * where it lives and must live, and a move elsewhere needs an explicit pin or unpin.
 */
class TenantPinningIT {

    private static Tenants.Member operator;

    @BeforeAll
    static void operator() throws SQLException {
        operator = Tenants.platformAdmin();
    }

    private static String placement(UUID tenantId) {
        return "/api/v1/admin/tenants/" + tenantId + "/placement";
    }

    private static Reply pin(UUID tenantId, String server, String token) {
        var body = Json.createObjectBuilder();
        if (server == null) {
            body.addNull("pinned_server");
        } else {
            body.add("pinned_server", server);
        }
        return Api.put(placement(tenantId), token, body.build());
    }

    private static Reply move(UUID tenantId, String server, Boolean pinned) {
        var body = Json.createObjectBuilder().add("server", server);
        if (pinned != null) {
            body.add("pin", pinned);
        }
        return Api.post("/api/v1/admin/tenants/" + tenantId + "/move", operator.token(), body.build());
    }

    private static JsonObject finished(Reply started) {
        String location = URI.create(started.header("Location").orElseThrow()).getPath();
        return Await.until("the move to finish", Duration.ofSeconds(90), () -> {
            JsonObject view = Api.get(location, operator.token()).expect(200).json();
            String status = view.getString("status");
            return "completed".equals(status) || "failed".equals(status) ? Optional.of(view) : Optional.empty();
        });
    }

    private static String otherThan(String server) {
        return "main".equals(server) ? "second" : "main";
    }

    private static List<String> events(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT topic FROM outbox WHERE message_key = ? ORDER BY id", tenantId.toString());
    }

    @Test
    void anOperatorsPinHoldsTheTenantUntilAMoveSaysOtherwise() throws Exception {
        Shop shop = Buying.shop("Pinned Co");
        JsonObject at = Api.get(placement(shop.tenantId()), operator.token())
                .expect(200)
                .json();
        String from = at.getString("server");
        String to = otherThan(from);
        assertEquals(Tenants.databaseName(shop.tenantId()), at.getString("database"));
        assertEquals(JsonValue.ValueType.NULL, valueType(at, "pinned_server"), at.toString());
        assertTrue(at.getBoolean("on_required_server"));

        JsonObject pinned =
                pin(shop.tenantId(), from, operator.token()).expect(200).json();
        assertEquals(from, pinned.getString("pinned_server"));
        assertEquals(from, pinned.getString("required_server"));
        JsonObject refused = move(shop.tenantId(), to, null).expectProblem(409, "tenant-pinned");
        assertEquals(from, refused.getString("pinned_server"));
        assertEquals("operator", refused.getString("pinned_by"));
        Buying.supplier(shop, "PIN1"); // refused before the tenant turned read-only

        JsonObject elsewhere =
                pin(shop.tenantId(), to, operator.token()).expect(200).json();
        assertFalse(elsewhere.getBoolean("on_required_server"), elsewhere.toString());
        assertEquals(from, elsewhere.getString("server"), "a pin moves nothing");

        JsonObject moved = finished(move(shop.tenantId(), to, null).expect(202));
        assertEquals("completed", moved.getString("status"), moved.toString());
        JsonObject there = Api.get(placement(shop.tenantId()), operator.token())
                .expect(200)
                .json();
        assertEquals(to, there.getString("server"));
        assertEquals(to, there.getString("pinned_server"));
        assertTrue(there.getBoolean("on_required_server"));

        JsonObject back = finished(move(shop.tenantId(), from, false).expect(202));
        assertEquals("completed", back.getString("status"), back.toString());
        assertFalse(back.getBoolean("pin"));
        JsonObject unpinned = Api.get(placement(shop.tenantId()), operator.token())
                .expect(200)
                .json();
        assertEquals(from, unpinned.getString("server"));
        assertEquals(JsonValue.ValueType.NULL, valueType(unpinned, "pinned_server"));
        assertEquals(JsonValue.ValueType.NULL, valueType(unpinned, "required_server"));

        List<String> events = events(shop.tenantId());
        assertEquals(2, events.stream().filter("tenant.pinned"::equals).count(), events.toString());
        assertTrue(events.contains("tenant.move_completed"));
    }

    private static JsonValue.ValueType valueType(JsonObject object, String key) {
        return object.containsKey(key) ? object.get(key).getValueType() : JsonValue.ValueType.NULL;
    }

    @Test
    void aPlansDedicatedServerPinsItsTenants() throws Exception {
        Shop shop = Buying.shop("Dedicated Co");
        String from = Api.get(placement(shop.tenantId()), operator.token())
                .expect(200)
                .json()
                .getString("server");
        String code = "ded-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.function.Function<String, JsonObject> plan = server -> Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Dedicated " + code)
                .add("billing_model", "flat")
                .add("currency", "EUR")
                .add("unit_price", 100)
                .add("dedicated_server", server)
                .build();
        JsonObject invalid = Api.post("/api/v1/admin/plans", operator.token(), plan.apply("nowhere"))
                .expectProblem(400, "validation");
        assertEquals(
                "dedicated_server",
                invalid.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject created = Api.post("/api/v1/admin/plans", operator.token(), plan.apply(from))
                .expect(201)
                .json();
        assertEquals(from, created.getString("dedicated_server"));
        Api.put(
                        "/api/v1/admin/tenants/" + shop.tenantId() + "/plan",
                        operator.token(),
                        Json.createObjectBuilder().add("plan", code).build())
                .expect(200);

        JsonObject at = Api.get(placement(shop.tenantId()), operator.token())
                .expect(200)
                .json();
        assertEquals(from, at.getString("plan_server"));
        assertEquals(from, at.getString("required_server"));
        JsonObject refused = move(shop.tenantId(), otherThan(from), null).expectProblem(409, "tenant-pinned");
        assertEquals("plan", refused.getString("pinned_by"));

        // The operator's pin wins over the plan's.
        JsonObject overridden = pin(shop.tenantId(), otherThan(from), operator.token())
                .expect(200)
                .json();
        assertEquals(otherThan(from), overridden.getString("required_server"));
        assertFalse(overridden.getBoolean("on_required_server"));
    }

    @Test
    void onlyPlatformAdminsSeeOrPinAndOnlyKnownServersAndTenants() throws Exception {
        Shop shop = Buying.shop("Pin Refusals");
        Api.get(placement(shop.tenantId()), shop.token()).expectProblem(403, "forbidden");
        pin(shop.tenantId(), "main", shop.token()).expectProblem(403, "forbidden");
        Tenants.Member stranger = Tenants.signedIn();
        Api.get(placement(shop.tenantId()), stranger.token()).expectProblem(403, "forbidden");
        Api.get(placement(shop.tenantId()), null).expectProblem(401, "unauthenticated");
        Api.get(placement(UUID.randomUUID()), operator.token()).expectProblem(404, "not-found");
        pin(UUID.randomUUID(), "main", operator.token()).expectProblem(404, "not-found");
        JsonObject unknown = pin(shop.tenantId(), "third", operator.token()).expectProblem(400, "validation");
        assertEquals(
                "pinned_server", unknown.getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.request("PUT", placement(shop.tenantId()))
                .token(operator.token())
                .body("application/json", "")
                .send()
                .expectProblem(400, "malformed-json");
        assertEquals(
                List.of(""),
                ControlDb.strings(
                        "SELECT coalesce(pinned_server, '') FROM tenant_databases WHERE tenant_id = ?",
                        shop.tenantId()));
        assertTrue(events(shop.tenantId()).stream().noneMatch(e -> e.startsWith("tenant.pinned")));
    }
}
