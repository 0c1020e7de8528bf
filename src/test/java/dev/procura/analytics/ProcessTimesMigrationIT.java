package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Migrations;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Changesets 026 and 027 on a tenant still at the schema before them: an awarded RFQ gets its award
 * time, a paid invoice its payment time (both their last change) and an unreadable file the reason
 * its metadata holds, so analytics count what happened before the columns existed.
 */
@MicroShedTest
class ProcessTimesMigrationIT {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static void backBeforeProcessTimes(UUID tenantId) throws Exception {
        try (Connection tenant = DriverManager.getConnection(Tenants.databaseUrl(tenantId), "postgres", "");
                Statement statement = tenant.createStatement()) {
            statement.execute("ALTER TABLE rfqs DROP COLUMN awarded_at");
            statement.execute("ALTER TABLE files DROP COLUMN extracted_at, DROP COLUMN extraction_error");
            statement.execute("DROP INDEX files_created_idx");
            statement.execute("ALTER TABLE invoices DROP COLUMN paid_at");
            statement.execute("DELETE FROM databasechangelog WHERE id IN ('026-rfq-awards', '027-process-times')");
        }
        ControlDb.update("UPDATE tenant_databases SET schema_version = 'old' WHERE tenant_id = ?", tenantId);
    }

    private static String one(UUID tenantId, String sql) throws Exception {
        try (Connection tenant = DriverManager.getConnection(Tenants.databaseUrl(tenantId), "postgres", "");
                Statement statement = tenant.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    @Test
    void awardPaymentAndExtractionFailureTimesAreRecoveredFromWhatTheRowsHold() throws Exception {
        Shop shop = Buying.shop("Process times migration");
        UUID supplier = Buying.supplier(shop, "PTM");
        String order = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("P-1", "10", "5.00", "0")))
                .getString("id");
        Buying.receive(shop, order, 1, "10", null);
        String invoice = Buying.invoice(shop, order, "PTM-1", "EUR", Buying.line("P-1", "10", "5.00", "0"));
        Api.post(shop.path("/invoices/" + invoice + "/pay"), shop.token(), null).expect(200);
        String rfq = Buying.rfq(shop, "Migrated award", Buying.lines(Buying.line("P-2", "1", null, null)), supplier);
        String quote = Buying.quote(shop, rfq, supplier, "EUR", Buying.line("P-2", "1", "9.00", "0"));
        Api.post(shop.path("/quotes/" + quote + "/accept"), shop.token(), null).expect(200);
        String file = Uploads.upload(
                        shop.token(),
                        shop.tenantId(),
                        "broken.pdf",
                        "%PDF-1.4\n1 0 obj << /Type /Catalog\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        new LinkedHashMap<>())
                .expect(201)
                .json()
                .getJsonObject("file")
                .getString("id");
        Await.until("the broken file marked unreadable", Duration.ofSeconds(60), () -> {
            Reply reply = Api.get(shop.path("/files/" + file), shop.token());
            return reply.status() == 200 && reply.json().containsKey("metadata") ? Optional.of(true) : Optional.empty();
        });
        String reason = one(shop.tenantId(), "SELECT extraction_error FROM files WHERE id = '" + file + "'");
        backBeforeProcessTimes(shop.tenantId());

        JsonObject status = Migrations.runAll();
        assertEquals("completed", status.getString("status"), status.toString());

        UUID tenant = shop.tenantId();
        assertEquals("t", one(tenant, "SELECT awarded_at = updated_at FROM rfqs WHERE id = '" + rfq + "'"));
        assertEquals("t", one(tenant, "SELECT paid_at = updated_at FROM invoices WHERE id = '" + invoice + "'"));
        assertEquals(reason, one(tenant, "SELECT extraction_error FROM files WHERE id = '" + file + "'"));
        assertTrue(reason != null && !reason.isBlank());
        // And analytics count them: the award's savings row, the payment's stage.
        String query = "?from=" + TODAY + "&to=" + TODAY;
        assertEquals(
                1,
                Api.get(shop.path("/analytics/savings" + query), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("rfqs")
                        .size());
        JsonObject paid = Api.get(shop.path("/analytics/processing" + query), shop.token())
                .expect(200)
                .json()
                .getJsonArray("stages")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("key").equals("invoiced_to_paid"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, paid.getInt("count"));
    }
}
