package dev.procura.search;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The search API of a test tenant, and waiting for its index to follow a change. */
final class Searches {

    /** New and changed records are searchable within about a second; this leaves room for a busy build. */
    static final Duration INDEXED = Duration.ofSeconds(20);

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    private Searches() {}

    /** A word no other record has: {@code stem} and six random consonants (one token, unchanged by stemming). */
    static String word(String stem) {
        StringBuilder word = new StringBuilder(stem);
        for (int i = 0; i < 6; i++) {
            word.append(CONSONANTS.charAt(ThreadLocalRandom.current().nextInt(CONSONANTS.length())));
        }
        return word.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET /search?parameters} (already encoded). */
    static Reply search(Shop shop, String token, String parameters) {
        return Api.get(shop.path("/search?" + parameters), token);
    }

    /** The first page for {@code text}. */
    static JsonObject find(Shop shop, String token, String text) {
        return search(shop, token, "q=" + encode(text)).expect(200).json();
    }

    static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> ids(JsonObject page) {
        return items(page).stream().map(hit -> hit.getString("id")).toList();
    }

    static Optional<JsonObject> hit(JsonObject page, Object id) {
        return items(page).stream()
                .filter(hit -> hit.getString("id").equals(id.toString()))
                .findFirst();
    }

    /** Waits until searching {@code text} finds the record {@code id}; its hit. */
    static JsonObject awaitHit(Shop shop, String token, String text, Object id) {
        return Await.until("a hit of " + id + " for \"" + text + "\"", INDEXED, () -> hit(find(shop, token, text), id));
    }

    /** Waits until searching {@code text} no longer finds the record {@code id}. */
    static void awaitNoHit(Shop shop, String token, String text, Object id) {
        Await.until(
                "no hit of " + id + " for \"" + text + "\"",
                INDEXED,
                () -> hit(find(shop, token, text), id).isEmpty());
    }

    /** A supplier with this code and legal name. */
    static UUID supplier(Shop shop, String code, String legalName) {
        return Buying.id(Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody(code).add("legal_name", legalName).build())
                .expect(201)
                .json());
    }

    /** Runs SQL on the tenant's own database, as its administrator. */
    /**
     * Waits until every event of the tenant is sealed into its audit trail, so that the indexing the
     * seals do is over (a test that rewrites the index must not race a late seal).
     */
    static void awaitSealed(UUID tenantId) throws SQLException, InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (tenantLong(tenantId, "SELECT COUNT(*) FROM outbox WHERE audited_at IS NULL") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("events of tenant " + tenantId + " still unsealed after 20 s");
    }

    private static long tenantLong(UUID tenantId, String sql) throws SQLException {
        try (Connection tenant = DriverManager.getConnection(tenantUrl(tenantId), "postgres", "");
                Statement statement = tenant.createStatement();
                java.sql.ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String tenantUrl(UUID tenantId) throws SQLException {
        String server = ControlDb.strings("SELECT server_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
        return "jdbc:postgresql://localhost:" + ("second".equals(server) ? "5433" : "5432") + "/"
                + Tenants.databaseName(tenantId);
    }

    static void tenantSql(UUID tenantId, String sql) throws SQLException {
        try (Connection tenant = DriverManager.getConnection(tenantUrl(tenantId), "postgres", "");
                Statement statement = tenant.createStatement()) {
            statement.execute(sql);
        }
    }
}
