package dev.procura.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.plans.PlanFixtures.OnPlan;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class UsageIT {

    private static final String PERIOD = YearMonth.now(ZoneOffset.UTC).toString();

    private static JsonObject meter(JsonObject usage, String name) {
        return usage.getJsonArray("meters").getValuesAs(JsonObject.class).stream()
                .filter(m -> name.equals(m.getString("meter")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void tenantAdminsSeeUsageAgainstLimitsAndAFileStoredTwiceCountsOnce() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder()
                        .add("documents", 10)
                        .add("storage_bytes", 1000)
                        .build(),
                0);
        String content = "the same content " + UUID.randomUUID();
        Uploads.upload(on.admin().token(), on.tenantId(), "a.txt", content).expect(201);
        Uploads.upload(on.admin().token(), on.tenantId(), "b.txt", content).expect(201);

        JsonObject usage = Api.get(
                        Tenants.path(on.tenantId(), "/usage"), on.admin().token())
                .expect(200)
                .json();
        assertEquals(on.plan(), usage.getString("plan"));
        assertEquals(PERIOD, usage.getString("period"));
        JsonObject documents = meter(usage, "documents");
        assertEquals(2, documents.getInt("usage"));
        assertEquals(10, documents.getInt("limit"));
        assertEquals(20, documents.getInt("percent"));
        assertEquals("ok", documents.getString("state"));
        assertEquals("count", documents.getString("kind"));
        assertEquals(content.length(), meter(usage, "storage_bytes").getInt("usage"), "deduplicated bytes");
        assertEquals(1, meter(usage, "members").getInt("usage"));
        assertEquals("monthly", meter(usage, "api_requests").getString("kind"));
        assertTrue(meter(usage, "api_requests").getInt("usage") >= 3);
        assertTrue(!meter(usage, "conversions").containsKey("limit"), "unlimited meters have no limit");
    }

    @Test
    void onlyMembersWithUsageReadSeeIt() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(Json.createObjectBuilder().build(), 0);
        String path = Tenants.path(on.tenantId(), "/usage");
        Member requester = Tenants.join(on.tenantId(), on.admin().token(), "requester");
        Api.get(path, requester.token()).expectProblem(403, "forbidden");
        Member outsider = Tenants.signedIn();
        Api.get(path, outsider.token()).expectProblem(404, "not-found");
        Member otherAdmin = Tenants.signedIn();
        Tenants.create(otherAdmin.token(), "Other Co");
        Api.get(path, otherAdmin.token()).expectProblem(404, "not-found");
        Api.get(path, null).expect(401);
    }

    @Test
    void theBillingExportReconcilesExactlyWithTheMeteredTotals() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Billed Co");
        String code = PlanFixtures.create(PlanFixtures.plan(
                PlanFixtures.uniqueCode(),
                "per_user",
                Json.createObjectBuilder().build()));
        PlanFixtures.assign(tenantId, code);
        Tenants.join(tenantId, admin.token(), "requester");
        Tenants.join(tenantId, admin.token(), "viewer");
        Uploads.upload(admin.token(), tenantId, "x.txt", "billing " + UUID.randomUUID())
                .expect(201);
        Api.get(Tenants.path(tenantId, "/usage"), admin.token()).expect(200);
        // Four tenant-scoped requests: two member additions, an upload and the usage read.
        String operator = PlanFixtures.operator().token();
        Await.until("the requests are metered", Duration.ofSeconds(20), () -> apiRequests(operator, tenantId) == 4);

        JsonObject export = Api.get("/api/v1/admin/billing/export?period=" + PERIOD, operator)
                .expect(200)
                .json();
        Map<String, JsonObject> lines = new HashMap<>();
        export.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(line -> tenantId.toString().equals(line.getString("customer")))
                .forEach(line -> lines.put(line.getString("meter"), line));
        JsonObject members = lines.get("members");
        assertEquals(3, members.getInt("value"));
        assertTrue(members.getBoolean("billable"), "per-user plans bill members");
        assertEquals(
                0,
                new BigDecimal("30").compareTo(members.getJsonNumber("amount").bigDecimalValue()));
        assertEquals(PERIOD + ":" + tenantId + ":members", members.getString("identifier"));
        assertEquals("procura_members", members.getString("event_name"));
        assertEquals(4, lines.get("api_requests").getInt("value"));
        assertEquals(1, lines.get("documents").getInt("value"));

        // Every line of every tenant is the metered total, no more, no less.
        Map<String, Long> exported = new HashMap<>();
        for (JsonObject line : export.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            if (!"subscription".equals(line.getString("meter"))) {
                exported.merge(
                        line.getString("meter"), line.getJsonNumber("value").longValue(), Long::sum);
            }
        }
        Map<String, Long> metered = new HashMap<>();
        for (String row : ControlDb.strings(
                "SELECT meter || '=' || SUM(v)::text FROM (SELECT tenant_id, meter, CASE WHEN meter IN"
                        + " ('members', 'documents', 'storage_bytes') THEN MAX(quantity) ELSE SUM(quantity) END AS v"
                        + " FROM usage_daily WHERE to_char(day, 'YYYY-MM') = ? GROUP BY tenant_id, meter) t GROUP BY meter",
                PERIOD)) {
            String[] parts = row.split("=", 2);
            metered.put(parts[0], Long.parseLong(parts[1]));
        }
        for (String meter : List.of("members", "documents", "storage_bytes")) {
            assertEquals(metered.get(meter), exported.get(meter), meter);
        }

        String csv = Api.get("/api/v1/admin/billing/export?format=csv&period=" + PERIOD, operator)
                .expect(200)
                .body();
        Optional<String> membersRow = csv.lines()
                .filter(row -> row.startsWith(PERIOD + ":" + tenantId + ":members,"))
                .findFirst();
        assertTrue(
                csv.startsWith("identifier,event_name,customer,period,meter,value"),
                csv.lines().findFirst().orElse(""));
        assertTrue(membersRow.orElseThrow().contains(",members,3,"), membersRow.get());
        Api.get("/api/v1/admin/billing/export?period=2026-13", operator).expectProblem(400, "validation");
        Api.get("/api/v1/admin/billing/export?format=xml", operator).expectProblem(400, "validation");
    }

    private static long apiRequests(String operator, UUID tenantId) {
        for (int page = 1; ; page++) {
            JsonObject usage = Api.get("/api/v1/admin/usage?per_page=100&page=" + page + "&period=" + PERIOD, operator)
                    .expect(200)
                    .json();
            for (JsonObject tenant : usage.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (tenantId.toString().equals(tenant.getString("tenant_id"))) {
                    JsonObject meters = tenant.getJsonObject("meters");
                    return meters.containsKey("api_requests")
                            ? meters.getJsonNumber("api_requests").longValue()
                            : 0;
                }
            }
            if (page * 100 >= usage.getInt("total")) {
                return -1;
            }
        }
    }
}
