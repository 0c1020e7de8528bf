package dev.procura.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Conversions;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What is made from the audit trail: the compliance report (read back), the audit log export,
 * the caller's history and recent documents, the retention settings and the retention run.
 */
@MicroShedTest
class AuditReportsIT {

    @Test
    void theComplianceReportShowsRolesRefusedSelfApprovalsAndTheVerifiedChain() throws Exception {
        Shop shop = Buying.shop("Compliance");
        UUID supplier = Buying.supplier(shop, "CMP1");
        String order = Buying.order(shop, supplier, Buying.lines(Buying.line("A-1", "2", "100.00", "23")))
                .getString("id");
        Api.post(shop.path("/purchase-orders/" + order + "/submit"), shop.token(), null)
                .expect(200);
        String approval = Buying.openApproval(shop, order).getString("id");
        // The requester may not approve their own order: refused, and kept as evidence.
        Api.post(
                        shop.path("/approvals/" + approval + "/approve"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(403, "self-approval");
        AuditTrailIT.awaitEntry(
                shop,
                "/audit/logs?action=approval.",
                e -> e.getString("action").equals("approval.self_approval_refused"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        JsonObject started = Api.get(
                        shop.path("/compliance/report?from=" + yesterday + "&to=" + today + "&format=xlsx"),
                        shop.token())
                .expect(202)
                .json();
        JsonObject done = Conversions.awaitFinished(shop, shop.token(), started.getString("id"));
        assertEquals("completed", done.getString("status"), done.toString());
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(Conversions.file(shop, shop.token(), started.getString("id"))))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
        }
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.contains("Roles held")
                                && r.contains(shop.admin().account().email())
                                && r.contains("admin")),
                rows.toString());
        assertTrue(
                rows.stream()
                        .anyMatch(r ->
                                r.contains("Segregation of duties") && r.contains("approval.self_approval_refused")),
                rows.toString());
        assertTrue(
                rows.stream().anyMatch(r -> r.contains("Successful logins") && r.contains("security.login_succeeded")),
                rows.toString());
        assertTrue(
                rows.stream().anyMatch(r -> r.contains("Audit chain") && r.contains("chain.verified")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("chain.checkpoint")), rows.toString());

        JsonObject pdf = Api.get(shop.path("/compliance/report?from=" + yesterday + "&to=" + today), shop.token())
                .expect(202)
                .json();
        assertEquals(
                "completed",
                Conversions.awaitFinished(shop, shop.token(), pdf.getString("id"))
                        .getString("status"));
        byte[] file = Conversions.file(shop, shop.token(), pdf.getString("id"));
        assertEquals("%PDF", new String(file, 0, 4, StandardCharsets.US_ASCII));

        assertEquals(
                List.of("from"),
                Api.get(shop.path("/compliance/report?to=" + today), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("to"),
                Api.get(shop.path("/compliance/report?from=" + today + "&to=" + yesterday), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("format"),
                Api.get(
                                shop.path("/compliance/report?from=" + yesterday + "&to=" + today + "&format=docx"),
                                shop.token())
                        .fieldErrors());
        Member viewer = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        Api.get(shop.path("/compliance/report?from=" + yesterday + "&to=" + today), viewer.token())
                .expectProblem(403, "forbidden");
    }

    @Test
    void theAuditLogExportsThroughTheConversionTemplates() throws Exception {
        Shop shop = Buying.shop("Audit export");
        UUID supplier = Buying.supplier(shop, "EXP1");
        AuditTrailIT.awaitEntry(shop, "/audit/entities/supplier/" + supplier, e -> true);
        JsonObject request = Json.createObjectBuilder()
                .add("template_id", Conversions.builtIn(shop, "Audit log (CSV)"))
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("type", "audit_entry")
                                .add("filter", Json.createObjectBuilder().add("entity_type", "supplier")))
                .build();
        JsonObject done = Conversions.run(shop, shop.token(), request);
        assertEquals("completed", done.getString("status"), done.toString());
        String csv = new String(Conversions.file(shop, shop.token(), done.getString("id")), StandardCharsets.UTF_8);
        List<String> lines = csv.strip().lines().toList();
        assertTrue(lines.get(0).contains("Action") && lines.get(0).contains("Chain hash"), lines.get(0));
        assertEquals(2, lines.size(), csv);
        assertTrue(
                lines.get(1).contains("supplier.created")
                        && lines.get(1).contains(shop.admin().account().email()),
                csv);

        JsonObject badFilter = Json.createObjectBuilder()
                .add("template_id", Conversions.builtIn(shop, "Audit log (CSV)"))
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("type", "audit_entry")
                                .add("filter", Json.createObjectBuilder().add("colour", "red")))
                .build();
        assertEquals(
                List.of("source.filter.colour"),
                Api.post(shop.path("/conversions"), shop.token(), badFilter).fieldErrors());
    }

    @Test
    void myHistoryAndRecentDocumentsComeFromTheTrail() {
        Shop shop = Buying.shop("History");
        Member member = Tenants.join(shop.tenantId(), shop.token(), "requester");
        List<String> ids = new ArrayList<>();
        for (String name : List.of("first.txt", "second.txt", "third.txt")) {
            ids.add(Uploads.upload(
                            member.token(), shop.tenantId(), name, "content of " + name + " " + UUID.randomUUID())
                    .expect(201)
                    .json()
                    .getString("id"));
        }
        Api.request("GET", shop.path("/documents/" + ids.get(0) + "/download"))
                .token(member.token())
                .header("Accept", "application/json")
                .send()
                .expect(200);
        Api.delete(shop.path("/documents/" + ids.get(1)), member.token()).expect(204);
        // The admin downloads the member's third document: it is on the member's history too.
        Api.request("GET", shop.path("/documents/" + ids.get(2) + "/download"))
                .token(shop.token())
                .header("Accept", "application/json")
                .send()
                .expect(200);

        List<String> recent = Await.until("recent documents", Duration.ofSeconds(20), () -> {
            List<String> now = Json.createReader(
                            new java.io.StringReader(Api.get(shop.path("/documents/recent"), member.token())
                                    .expect(200)
                                    .body()))
                    .readArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(d -> d.getString("id"))
                    .toList();
            return now.size() == 2 ? Optional.of(now) : Optional.empty();
        });
        assertEquals(List.of(ids.get(0), ids.get(2)), recent, "downloaded last, uploaded before; deleted left out");

        JsonObject history = Await.until("the admin's download on the member's history", Duration.ofSeconds(20), () -> {
            JsonObject page = Api.get(shop.path("/history?per_page=100"), member.token())
                    .expect(200)
                    .json();
            return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .anyMatch(e -> e.getString("action").equals("document.downloaded")
                                    && e.getString("actor_id")
                                            .equals(shop.admin().id().toString()))
                    ? Optional.of(page)
                    : Optional.empty();
        });
        List<String> actions = AuditTrailIT.actions(history);
        assertTrue(actions.contains("document.uploaded") && actions.contains("document.deleted"), actions.toString());
        assertTrue(actions.contains("security.login_succeeded"), actions.toString());
        assertFalse(
                history.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("action").startsWith("supplier.")),
                "nothing of others about records that are not mine");
    }

    @Test
    void retentionIsASettingOfAtLeastAYearAndTheRetentionRunKeepsRecentEntries() throws Exception {
        Shop shop = Buying.shop("Retention");
        assertEquals(
                List.of("audit_retention_years"),
                Api.request("PUT", shop.path("/settings"))
                        .token(shop.token())
                        .json(Json.createObjectBuilder()
                                .add("audit_retention_years", 0)
                                .build())
                        .send()
                        .fieldErrors());
        assertEquals(
                List.of("audit_legal_hold"),
                Api.request("PUT", shop.path("/settings"))
                        .token(shop.token())
                        .json(Json.createObjectBuilder()
                                .add("audit_legal_hold", "yes")
                                .build())
                        .send()
                        .fieldErrors());
        JsonObject changed = Api.request("PUT", shop.path("/settings"))
                .token(shop.token())
                .json(Json.createObjectBuilder()
                        .add("audit_retention_years", 2)
                        .add("audit_legal_hold", true)
                        .build())
                .send()
                .expect(200)
                .json();
        assertEquals(2, changed.getInt("audit_retention_years"));
        assertTrue(changed.getBoolean("audit_legal_hold"));
        JsonObject settingsEntry = AuditTrailIT.awaitEntry(shop, "/audit/logs?action=settings.updated", e -> true);
        assertEquals("tenant", settingsEntry.getString("trail"));

        Member operator = Tenants.platformAdmin();
        JsonObject run = Api.post("/api/v1/admin/audit/retention", operator.token(), null)
                .expect(202)
                .json();
        JsonObject finished = Await.until("the retention run", Duration.ofSeconds(60), () -> {
            JsonObject now = Api.get("/api/v1/admin/audit/retention/" + run.getJsonNumber("id"), operator.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertEquals("completed", finished.getString("status"));
        JsonObject verification = AuditTrailIT.verify(shop);
        assertTrue(verification.getBoolean("intact"));
        assertEquals(1, verification.getJsonNumber("first_seq").longValue(), "recent entries are kept");
        Api.post("/api/v1/admin/audit/retention", shop.token(), null).expectProblem(403, "forbidden");

        JsonObject platform = Api.get("/api/v1/admin/audit/verify", operator.token())
                .expect(200)
                .json();
        assertTrue(platform.getJsonNumber("entries_checked").longValue() > 0, platform.toString());
        assertTrue(AuditTrailIT.actions(
                        Api.get("/api/v1/admin/audit/logs?action=tenant.created&per_page=100", operator.token())
                                .expect(200)
                                .json())
                .contains("tenant.created"));
    }
}
