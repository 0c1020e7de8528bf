package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.ControlDb;
import dev.procura.support.Notifications;
import dev.procura.support.Objects;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Trials move on as their days pass; the tests move a trial's start back in the control database
 * (the server checks every second here) instead of waiting weeks.
 */
@MicroShedTest
class TrialLifecycleIT {

    private static void startedDaysAgo(UUID tenantId, int days) throws SQLException {
        ControlDb.update(
                "UPDATE tenant_plans SET effective_from = now() - make_interval(days => ?) WHERE tenant_id = ?"
                        + " AND effective_to IS NULL",
                days,
                tenantId);
    }

    private static List<String> steps(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT step FROM trial_steps WHERE tenant_id = ? ORDER BY step", tenantId);
    }

    private static Api.Request supplier(UUID tenantId, String token) {
        return Api.request("POST", Tenants.path(tenantId, "/suppliers"))
                .token(token)
                .json(Buying.supplierBody("S-" + UUID.randomUUID().toString().substring(0, 8))
                        .build());
    }

    @Test
    void adminsAreRemindedThenTheEndedTrialIsReadOnlyUntilAPaidPlanConvertsIt() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Trying Co");
        Member requester = Tenants.join(tenantId, admin.token(), "requester");

        startedDaysAgo(tenantId, 25); // 30-day trial: it ends in 5 days
        JsonObject reminder = Notifications.await(
                tenantId,
                admin.token(),
                n -> "trial".equals(n.getString("type")) && n.getString("title").startsWith("Your trial ends on"),
                Duration.ofSeconds(30));
        assertTrue(reminder.getString("body").contains("trial"), reminder.toString());
        assertEquals(List.of("reminder_7"), steps(tenantId), "the 1-day reminder is not due yet");
        assertTrue(
                Notifications.of(tenantId, requester.token(), false).stream()
                        .noneMatch(n -> "trial".equals(n.getString("type"))),
                "only admins are told");

        startedDaysAgo(tenantId, 31);
        Await.until("the ended trial makes the tenant read-only", Duration.ofSeconds(30), () -> {
            try {
                return ControlDb.strings("SELECT read_only_reason FROM tenants WHERE id = ?", tenantId)
                        .equals(List.of("trial_ended"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        JsonObject refused = supplier(tenantId, admin.token()).send().expectProblem(409, "tenant-read-only");
        assertEquals("trial_ended", refused.getString("reason"));
        Api.get(Tenants.path(tenantId, "/suppliers"), admin.token()).expect(200);
        Notifications.await(
                tenantId,
                admin.token(),
                n -> "trial".equals(n.getString("type")) && n.getString("title").startsWith("Your trial has ended"),
                Duration.ofSeconds(30));

        String token = Tenants.platformAdmin().token();
        String paid = "paid-" + UUID.randomUUID().toString().substring(0, 8);
        Api.post(
                        "/api/v1/admin/plans",
                        token,
                        Json.createObjectBuilder()
                                .add("code", paid)
                                .add("name", "Paid")
                                .add("billing_model", "per_company")
                                .add("currency", "EUR")
                                .add("unit_price", 99)
                                .build())
                .expect(201);
        Api.put(
                        "/api/v1/admin/tenants/" + tenantId + "/plan",
                        token,
                        Json.createObjectBuilder().add("plan", paid).build())
                .expect(200);
        supplier(tenantId, admin.token()).send().expect(201);
        assertEquals(
                List.of("tenant.trial_ended", "tenant.trial_ending"),
                Api.get(Tenants.path(tenantId, "/audit/logs?action=tenant.&per_page=100"), admin.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(entry -> entry.getString("action"))
                        .filter(action -> action.startsWith("tenant.trial_"))
                        .sorted()
                        .toList());
    }

    @Test
    void afterTheGraceTheTenantsDataIsExportedThenTheTenantIsDestroyed() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Gone Co");
        Uploads.upload(admin.token(), tenantId, "kept.txt", "data to take away " + tenantId)
                .expect(201);

        startedDaysAgo(tenantId, 61); // 30 days of trial and 30 of grace are over
        Await.until("the expired trial's tenant is destroyed", Duration.ofSeconds(90), () -> {
            try {
                return ControlDb.strings("SELECT id FROM tenants WHERE id = ?", tenantId)
                        .isEmpty();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("destroyed", "ended", "exported"), steps(tenantId));
        List<String> export =
                ControlDb.strings("SELECT status || '|' || object_key FROM data_exports WHERE tenant_id = ?", tenantId);
        assertEquals(1, export.size());
        String[] parts = export.get(0).split("\\|", 2);
        assertEquals("completed", parts[0]);
        assertTrue(Objects.exists(parts[1]), "the export outlives the tenant");
        assertEquals(
                List.of("tenant.deleted", "tenant.destroyed"),
                ControlDb.strings(
                        "SELECT topic FROM outbox WHERE message_key = ? AND topic IN ('tenant.deleted', 'tenant.destroyed')"
                                + " ORDER BY id",
                        tenantId.toString()));
        Api.get(Tenants.path(tenantId, ""), admin.token()).expectProblem(404, "not-found");
    }
}
