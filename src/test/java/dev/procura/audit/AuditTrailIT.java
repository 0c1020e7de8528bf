package dev.procura.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The audit trail through the API: changes with who, what, where and before/after values, the
 * platform's entries and the members' security events in the tenant's views, the filters, and
 * the chain that catches rows edited, deleted or reordered directly in the database.
 */
@MicroShedTest
class AuditTrailIT {

    @Test
    void aChangeIsOnTheTrailWithWhoWhereAndItsFieldsBeforeAndAfter() {
        Shop shop = Buying.shop("Audit changes");
        UUID supplier = Buying.supplier(shop, "AUD1");
        Api.request("PUT", shop.path("/suppliers/" + supplier))
                .token(shop.token())
                .header("X-Request-Id", "audit-it-rename-1")
                .json(Buying.supplierBody("AUD1")
                        .add("legal_name", "Renamed Supplies Ltd")
                        .build())
                .send()
                .expect(200);

        JsonObject updated = awaitEntry(
                shop,
                "/audit/entities/supplier/" + supplier,
                e -> e.getString("action").equals("supplier.updated"));
        assertEquals("tenant", updated.getString("trail"));
        assertEquals(shop.admin().account().email(), updated.getString("actor_email"));
        assertEquals(shop.admin().id().toString(), updated.getString("actor_id"));
        assertEquals("audit-it-rename-1", updated.getString("request_id"));
        assertFalse(updated.getString("client_address").isBlank());
        assertEquals(supplier.toString(), updated.getString("entity_id"));
        assertEquals(64, updated.getString("chain_hash").length());
        JsonObject legalName = updated.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("legal_name"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no legal_name change in " + updated));
        assertEquals("AUD1 Supplies Ltd", legalName.getString("before"));
        assertEquals("Renamed Supplies Ltd", legalName.getString("after"));
        assertEquals("supplier", legalName.getString("entity_type"));

        List<String> story = actions(Api.get(shop.path("/audit/entities/supplier/" + supplier), shop.token())
                .expect(200)
                .json());
        assertEquals(List.of("supplier.updated", "supplier.created"), story);

        JsonObject suppliersOnly = Api.get(
                        shop.path("/audit/logs?action=supplier.&user_id="
                                + shop.admin().id()),
                        shop.token())
                .expect(200)
                .json();
        assertEquals(2, suppliersOnly.getInt("total"));
        assertTrue(actions(suppliersOnly).stream().allMatch(a -> a.startsWith("supplier.")));
        assertEquals(
                0,
                Api.get(shop.path("/audit/logs?from=2001-01-01&to=2001-01-31"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                List.of("supplier.created"),
                actions(Api.get(shop.path("/audit/logs?action=supplier.created"), shop.token())
                        .expect(200)
                        .json()));
    }

    @Test
    void filtersThatCannotBeReadAreProblems() {
        Shop shop = Buying.shop("Audit filters");
        assertEquals(List.of("action"), fields(Api.get(shop.path("/audit/logs?action=DROP%20TABLE"), shop.token())));
        assertEquals(List.of("from"), fields(Api.get(shop.path("/audit/logs?from=yesterday"), shop.token())));
        assertEquals(
                List.of("to"), fields(Api.get(shop.path("/audit/logs?from=2026-02-01&to=2026-01-01"), shop.token())));
        assertEquals(List.of("entity_id"), fields(Api.get(shop.path("/audit/logs?entity_id=x"), shop.token())));
        assertEquals(List.of("page"), fields(Api.get(shop.path("/audit/logs?page=200&per_page=100"), shop.token())));
        assertEquals(List.of("type"), fields(Api.get(shop.path("/audit/entities/Bad-Type/1"), shop.token())));
    }

    @Test
    void membershipRoleChangesAndTheMembersLoginsShowInTheTenantsViews() {
        Shop shop = Buying.shop("Audit people");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Api.request("PATCH", shop.path("/members/" + member.id()))
                .token(shop.token())
                .json(Json.createObjectBuilder().add("role", "requester").build())
                .send()
                .expect(200);

        JsonObject changed = awaitEntry(
                shop,
                "/audit/logs?entity_type=member",
                e -> e.getString("action").equals("member.role_changed"));
        assertEquals("platform", changed.getString("trail"));
        assertEquals("viewer", changed.getJsonObject("details").getString("role_before"));
        assertEquals("requester", changed.getJsonObject("details").getString("role"));
        assertEquals(shop.admin().id().toString(), changed.getString("actor_id"));

        // The member's own login (before joining) is theirs to read; the admin sees it too.
        JsonObject login = Await.until(
                "the member's login on their activity",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/logs/" + member.id()), member.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("action").equals("security.login_succeeded"))
                        .findFirst());
        assertEquals("platform", login.getString("trail"));
        assertEquals(member.account().email(), login.getString("actor_email"));
        assertTrue(actions(Api.get(shop.path("/audit/logs?action=security."), shop.token())
                        .expect(200)
                        .json())
                .contains("security.login_succeeded"));

        // Without audit:read: not the tenant's trail, not someone else's activity.
        Api.get(shop.path("/audit/logs"), member.token()).expectProblem(403, "forbidden");
        Api.get(shop.path("/audit/logs/" + shop.admin().id()), member.token()).expectProblem(403, "forbidden");
        Api.get(shop.path("/audit/verify"), member.token()).expectProblem(403, "forbidden");
    }

    @Test
    void theChainVerifiesAndCatchesRowsEditedDeletedOrReordered() throws Exception {
        Shop shop = Buying.shop("Audit chain");
        for (String code : List.of("CH1", "CH2", "CH3")) {
            Buying.supplier(shop, code);
        }
        JsonObject intact = Await.until("three entries sealed", Duration.ofSeconds(20), () -> {
            JsonObject v = verify(shop);
            return v.getJsonNumber("entries_checked").longValue() >= 3 ? Optional.of(v) : Optional.empty();
        });
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getInt("checkpoints_verified") >= 1, intact.toString());
        assertEquals(1, intact.getJsonNumber("first_seq").longValue());
        assertFalse(intact.containsKey("first_break"));

        try (Connection db = tenantDb(shop.tenantId());
                Statement sql = db.createStatement()) {
            // The application's own role may not change or remove entries.
            sql.execute("SET ROLE " + Tenants.databaseName(shop.tenantId()));
            assertEquals("42501", sqlState(() -> sql.executeUpdate("UPDATE audit_log SET action = 'x' WHERE seq = 1")));
            assertEquals("42501", sqlState(() -> sql.executeUpdate("DELETE FROM audit_log WHERE seq = 1")));
            sql.execute("RESET ROLE");
            // Nor may anyone while the append-only trigger stands.
            assertEquals("P0001", sqlState(() -> sql.executeUpdate("UPDATE audit_log SET action = 'x' WHERE seq = 1")));

            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            sql.execute("ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only");
            String original;
            try (java.sql.ResultSet rs = sql.executeQuery("SELECT action FROM audit_log WHERE seq = 2")) {
                rs.next();
                original = rs.getString(1);
            }
            sql.executeUpdate("UPDATE audit_log SET action = 'supplier.deleted' WHERE seq = 2");
            assertBreak(shop, 2, "changed");
            sql.executeUpdate("UPDATE audit_log SET action = '" + original + "' WHERE seq = 2");
            assertTrue(verify(shop).getBoolean("intact"));

            sql.execute("CREATE TEMP TABLE kept AS SELECT * FROM audit_log WHERE seq = 2");
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
            assertBreak(shop, 2, "missing");
            sql.executeUpdate("INSERT INTO audit_log SELECT * FROM kept");
            assertTrue(verify(shop).getBoolean("intact"));

            sql.executeUpdate("UPDATE audit_log SET seq = -2 WHERE seq = 2");
            sql.executeUpdate("UPDATE audit_log SET seq = 2 WHERE seq = 3");
            sql.executeUpdate("UPDATE audit_log SET seq = 3 WHERE seq = -2");
            assertBreak(shop, 2, "");
            sql.executeUpdate("UPDATE audit_log SET seq = -2 WHERE seq = 2");
            sql.executeUpdate("UPDATE audit_log SET seq = 2 WHERE seq = 3");
            sql.executeUpdate("UPDATE audit_log SET seq = 3 WHERE seq = -2");
            assertTrue(verify(shop).getBoolean("intact"));

            // Change the first character whatever it is (a translation of some letters may find none).
            sql.executeUpdate("UPDATE audit_checkpoints SET signature = CASE WHEN left(signature, 1) = 'A'"
                    + " THEN 'B' ELSE 'A' END || substr(signature, 2)");
            JsonObject forged = verify(shop);
            assertFalse(forged.getBoolean("intact"));
            assertTrue(
                    forged.getJsonObject("first_break").getString("reason").contains("signature"), forged.toString());
            sql.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
            sql.execute("ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only");
        }

        JsonObject checkpoint = Json.createReader(
                        new java.io.StringReader(Api.get(shop.path("/audit/checkpoints?limit=1"), shop.token())
                                .expect(200)
                                .body()))
                .readArray()
                .getJsonObject(0);
        assertEquals(16, checkpoint.getString("key_id").length());
        assertFalse(checkpoint.getString("public_key").isBlank());
        assertTrue(checkpoint.getJsonNumber("seq").longValue() >= 1);
    }

    /** The fields a 400 validation problem names. */
    static List<String> fields(Reply reply) {
        return reply.fieldErrors();
    }

    private static void assertBreak(Shop shop, long seq, String reason) {
        JsonObject broken = verify(shop);
        assertFalse(broken.getBoolean("intact"), broken.toString());
        JsonObject first = broken.getJsonObject("first_break");
        assertNotNull(first, broken.toString());
        assertEquals(seq, first.getJsonNumber("seq").longValue(), broken.toString());
        assertTrue(first.getString("reason").contains(reason), broken.toString());
    }

    static JsonObject verify(Shop shop) {
        return Api.get(shop.path("/audit/verify"), shop.token()).expect(200).json();
    }

    /** The first entry of a view that matches, once it is there. */
    static JsonObject awaitEntry(Shop shop, String view, Predicate<JsonObject> match) {
        return Await.until(
                "an entry on " + view,
                Duration.ofSeconds(20),
                () -> Api.get(shop.path(view), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(match)
                        .findFirst());
    }

    static List<String> actions(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("action"))
                .toList();
    }

    static Connection tenantDb(UUID tenantId) throws SQLException {
        return DriverManager.getConnection(Tenants.databaseUrl(tenantId), "postgres", "");
    }

    @FunctionalInterface
    interface SqlCall {
        void run() throws SQLException;
    }

    private static String sqlState(SqlCall call) {
        return assertThrows(SQLException.class, call::run).getSQLState();
    }

    static Reply get(Shop shop, String path) {
        return Api.get(shop.path(path), shop.token());
    }
}
