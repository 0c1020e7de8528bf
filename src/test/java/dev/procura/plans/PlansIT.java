package dev.procura.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class PlansIT {

    private static final JsonObject LIMITS = Json.createObjectBuilder()
            .add("members", 25)
            .add("documents", 1000)
            .add("api_requests", 50000)
            .build();

    @Test
    void operatorsCreateReadAndChangePlans() throws Exception {
        String token = PlanFixtures.operator().token();
        String code = PlanFixtures.uniqueCode();
        var created = Api.post(
                        "/api/v1/admin/plans",
                        token,
                        PlanFixtures.plan(code, "per_user", LIMITS)
                                .add("trial_days", 14)
                                .add("features", Json.createArrayBuilder().add("analytics"))
                                .build())
                .expect(201);
        JsonObject plan = created.json();
        String location = created.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/admin/plans/" + plan.getString("id")));
        assertEquals("per_user", plan.getString("billing_model"));
        assertEquals(25, plan.getJsonObject("limits").getInt("members"));
        assertFalse(plan.getJsonObject("limits").containsKey("conversions"), "a limit left out is unlimited");
        assertEquals(
                List.of("analytics"), plan.getJsonArray("features").getValuesAs(jakarta.json.JsonString::getString));

        JsonObject changed = Api.put(
                        "/api/v1/admin/plans/" + plan.getString("id"),
                        token,
                        PlanFixtures.plan(
                                        code,
                                        "per_user",
                                        Json.createObjectBuilder()
                                                .add("members", 30)
                                                .build())
                                .add("name", "Team 30")
                                .build())
                .expect(200)
                .json();
        assertEquals("Team 30", changed.getString("name"));
        assertEquals(30, changed.getJsonObject("limits").getInt("members"));
        assertFalse(changed.getJsonObject("limits").containsKey("documents"));
        assertEquals(
                "Team 30",
                Api.get("/api/v1/admin/plans/" + plan.getString("id"), token)
                        .expect(200)
                        .json()
                        .getString("name"));
        assertTrue(Api.get("/api/v1/admin/plans?per_page=100", token)
                        .expect(200)
                        .json()
                        .getInt("total")
                >= 2);
        assertEquals(
                List.of("1"),
                ControlDb.strings(
                        "SELECT COUNT(*)::text FROM outbox WHERE topic = 'plan.updated' AND message_key = ?",
                        plan.getString("id")));
    }

    @Test
    void aSecondPlanWithTheSameCodeIsAConflictAndBadTermsAreFieldErrors() throws Exception {
        String token = PlanFixtures.operator().token();
        String code = PlanFixtures.create(PlanFixtures.plan(PlanFixtures.uniqueCode(), "flat", LIMITS));
        Api.post(
                        "/api/v1/admin/plans",
                        token,
                        PlanFixtures.plan(code, "flat", LIMITS).build())
                .expectProblem(409, "plan-code-taken");

        var invalid = Api.post(
                "/api/v1/admin/plans",
                token,
                PlanFixtures.plan(
                                "Bad Code",
                                "per_seat",
                                Json.createObjectBuilder().add("members", -1).build())
                        .add("currency", "euro")
                        .build());
        invalid.expectProblem(400, "validation");
        assertTrue(
                invalid.fieldErrors().containsAll(List.of("code", "billing_model", "currency", "limits.members")),
                invalid.body());
        Api.get("/api/v1/admin/plans/" + UUID.randomUUID(), token).expectProblem(404, "not-found");
    }

    @Test
    void peopleWithoutThePlatformAdminGroupAreRefused() throws Exception {
        Member someone = Tenants.signedIn();
        UUID tenantId = Tenants.create(someone.token(), "Own Co");
        Api.get("/api/v1/admin/plans", someone.token()).expectProblem(403, "forbidden");
        Api.post(
                        "/api/v1/admin/plans",
                        someone.token(),
                        PlanFixtures.plan("x-1", "flat", LIMITS).build())
                .expectProblem(403, "forbidden");
        Api.put(
                        "/api/v1/admin/tenants/" + tenantId + "/plan",
                        someone.token(),
                        Json.createObjectBuilder().add("plan", "trial").build())
                .expectProblem(403, "forbidden");
        Api.get("/api/v1/admin/usage", someone.token()).expectProblem(403, "forbidden");
        Api.get("/api/v1/admin/billing/export", someone.token()).expectProblem(403, "forbidden");
    }

    @Test
    void aNewTenantStartsOnTheTrialAndMovesToAnotherPlanWithItsHistoryKept() throws Exception {
        Member admin = Tenants.signedIn();
        Instant before = Instant.now();
        UUID tenantId = Tenants.create(admin.token(), "Trying Co");
        String token = PlanFixtures.operator().token();

        JsonObject onTrial = Api.get("/api/v1/admin/tenants/" + tenantId + "/plan", token)
                .expect(200)
                .json();
        assertEquals("trial", onTrial.getJsonObject("current").getString("code"));
        int trialDays = onTrial.getJsonObject("current").getInt("trial_days");
        Instant trialEnds = Instant.parse(onTrial.getString("trial_ends_at"));
        assertTrue(
                !trialEnds.isBefore(before.plus(Duration.ofDays(trialDays)).minusSeconds(5))
                        && trialEnds.isBefore(
                                Instant.now().plus(Duration.ofDays(trialDays)).plusSeconds(5)),
                "the trial ends trial_days after sign-up: " + trialEnds);

        String code = PlanFixtures.create(PlanFixtures.plan(PlanFixtures.uniqueCode(), "per_user", LIMITS));
        JsonObject moved = PlanFixtures.assign(tenantId, code);
        assertEquals(code, moved.getJsonObject("current").getString("code"));
        assertNull(moved.get("trial_ends_at"), "a paid plan has no trial end");
        JsonArray history = moved.getJsonArray("history");
        assertEquals(2, history.size());
        assertEquals(code, history.getJsonObject(0).getString("plan"));
        assertFalse(history.getJsonObject(0).containsKey("effective_to"));
        assertEquals("trial", history.getJsonObject(1).getString("plan"));
        assertEquals(
                history.getJsonObject(0).getString("effective_from"),
                history.getJsonObject(1).getString("effective_to"),
                "the trial ends where the new plan begins");
        assertEquals(
                List.of(code),
                ControlDb.strings(
                        "SELECT payload::json->'data'->>'plan' FROM outbox WHERE topic = 'tenant.plan_changed'"
                                + " AND message_key = ?",
                        tenantId.toString()));
    }

    @Test
    void aPlanChangeNamesAKnownPlanAndAStartThatIsNeitherFutureNorBeforeTheCurrentOne() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Careful Co");
        String token = PlanFixtures.operator().token();
        String path = "/api/v1/admin/tenants/" + tenantId + "/plan";
        String code = PlanFixtures.create(PlanFixtures.plan(PlanFixtures.uniqueCode(), "flat", LIMITS));

        assertEquals(
                List.of("plan"),
                Api.put(
                                path,
                                token,
                                Json.createObjectBuilder()
                                        .add("plan", "no-such-plan")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("effective_from"),
                Api.put(
                                path,
                                token,
                                Json.createObjectBuilder()
                                        .add("plan", code)
                                        .add(
                                                "effective_from",
                                                Instant.now()
                                                        .plus(Duration.ofDays(2))
                                                        .toString())
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("effective_from"),
                Api.put(
                                path,
                                token,
                                Json.createObjectBuilder()
                                        .add("plan", code)
                                        .add("effective_from", "2020-01-01T00:00:00Z")
                                        .build())
                        .fieldErrors());
        assertEquals(
                "trial",
                Api.get(path, token).expect(200).json().getJsonObject("current").getString("code"),
                "refused changes leave the plan as it was");
        Api.put(
                        "/api/v1/admin/tenants/" + UUID.randomUUID() + "/plan",
                        token,
                        Json.createObjectBuilder().add("plan", code).build())
                .expectProblem(404, "not-found");
    }
}
