package dev.procura.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.plans.PlanFixtures.OnPlan;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Notifications;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class LimitsIT {

    private static final String WARNING = "Procura-Limit-Warning";

    private static Reply upload(OnPlan on, String content) {
        return Uploads.upload(on.admin().token(), on.tenantId(), "note.txt", content);
    }

    @Test
    void documentsPastTheLimitAndItsGraceAreRefusedWithTheFactsAndNothingIsKept() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder().add("documents", 2).build(), 50);

        Reply first = upload(on, "one " + UUID.randomUUID()).expect(201);
        assertTrue(first.header(WARNING).isEmpty(), "half the limit is no warning");
        Reply second = upload(on, "two " + UUID.randomUUID()).expect(201);
        assertTrue(
                second.header(WARNING).orElseThrow().startsWith("documents; usage=2; limit=2; percent=100"),
                second.headers().map().toString());
        upload(on, "three " + UUID.randomUUID()).expect(201); // within the 50% grace: 3 of a ceiling of 3

        JsonObject refused = upload(on, "four " + UUID.randomUUID()).expectProblem(409, "quota-exceeded");
        assertEquals("documents", refused.getString("meter"));
        assertEquals(2, refused.getInt("limit"));
        assertEquals(3, refused.getInt("usage"));
        assertEquals(on.plan(), refused.getString("plan"));
        assertEquals(
                3,
                Api.get(Tenants.path(on.tenantId(), "/documents"), on.admin().token())
                        .expect(200)
                        .json()
                        .getInt("total"),
                "the refused upload left no document behind");
    }

    @Test
    void theMemberPastTheLimitIsRefused() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder().add("members", 2).build(), 0);
        Tenants.join(on.tenantId(), on.admin().token(), "requester");
        Member third = Tenants.signedIn();
        JsonObject refused = Api.post(
                        Tenants.path(on.tenantId(), "/members"),
                        on.admin().token(),
                        Json.createObjectBuilder()
                                .add("email", third.account().email())
                                .add("role", "viewer")
                                .build())
                .expectProblem(409, "quota-exceeded");
        assertEquals("members", refused.getString("meter"));
        assertEquals(
                2,
                Api.get(Tenants.path(on.tenantId(), "/members"), on.admin().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void apiRequestsPastTheMonthlyAllowanceGet429UntilTheNextMonthAndOtherTenantsGoOn() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder().add("api_requests", 5).build(), 0);
        OnPlan other = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder().add("api_requests", 1000).build(), 0);
        String settings = Tenants.path(on.tenantId(), "/settings");
        int answered = 0;
        Reply refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            Reply reply = Api.get(settings, on.admin().token());
            if (reply.status() == 429) {
                refused = reply;
            } else {
                reply.expect(200);
                answered++;
            }
        }
        assertTrue(refused != null && answered <= 5, "at most 5 requests are answered, then 429");
        JsonObject problem = refused.expectProblem(429, "plan-limit-exceeded");
        assertEquals("api_requests", problem.getString("meter"));
        assertEquals(5, problem.getInt("limit"));
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= Duration.ofDays(31).toSeconds(), "until the month ends");
        Api.get(settings, on.admin().token()).expectProblem(429, "plan-limit-exceeded");

        Api.get(Tenants.path(other.tenantId(), "/settings"), other.admin().token())
                .expect(200);
    }

    @Test
    void adminsAreToldAt80AndAt100PercentOnceEachAndOthersAreNot() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder().add("documents", 5).build(), 0);
        Member requester = Tenants.join(on.tenantId(), on.admin().token(), "requester");
        for (int i = 0; i < 5; i++) {
            upload(on, "doc " + i + " " + UUID.randomUUID()).expect(201);
        }
        JsonObject nearly = Notifications.await(
                on.tenantId(),
                on.admin().token(),
                n -> "limit_warning".equals(n.getString("type"))
                        && n.getString("title").contains("nearly reached"),
                Duration.ofSeconds(30));
        assertTrue(nearly.getString("body").contains("4 of the 5 documents"), nearly.toString());
        Notifications.await(
                on.tenantId(),
                on.admin().token(),
                n -> "limit_warning".equals(n.getString("type"))
                        && n.getString("title").startsWith("Plan limit reached"),
                Duration.ofSeconds(30));
        upload(on, "over " + UUID.randomUUID()).expectProblem(409, "quota-exceeded");

        List<JsonObject> warnings = Notifications.of(on.tenantId(), on.admin().token(), false).stream()
                .filter(n -> "limit_warning".equals(n.getString("type")))
                .toList();
        assertEquals(2, warnings.size(), "one notice per threshold: " + warnings);
        assertFalse(
                Notifications.of(on.tenantId(), requester.token(), false).stream()
                        .anyMatch(n -> "limit_warning".equals(n.getString("type"))),
                "only admins are told");
        JsonObject trail = Api.get(
                        Tenants.path(on.tenantId(), "/audit/logs?action=plan.limit_reached"),
                        on.admin().token())
                .expect(200)
                .json();
        assertEquals(2, trail.getInt("total"), trail.toString());
    }

    @Test
    void conversionsAndWorkflowsAreCheckedAgainstThePlanToo() throws Exception {
        OnPlan on = PlanFixtures.tenantOnPlan(
                Json.createObjectBuilder()
                        .add("conversions", 0)
                        .add("workflows", 0)
                        .build(),
                0);
        JsonObject conversion = Json.createObjectBuilder()
                .add("template_id", UUID.randomUUID().toString())
                .add("source", Json.createObjectBuilder().add("type", "supplier"))
                .build();
        JsonObject refused = Api.post(
                        Tenants.path(on.tenantId(), "/conversions"), on.admin().token(), conversion)
                .expectProblem(429, "plan-limit-exceeded");
        assertEquals("conversions", refused.getString("meter"));
        assertEquals(0, refused.getInt("limit"));

        JsonObject workflow = Json.createObjectBuilder()
                .add("document_type", "purchase_order")
                .add("name", "One level")
                .add(
                        "levels",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "Admins")
                                        .add("mode", "any")
                                        .add("approver_role", "admin")))
                .build();
        Api.post(Tenants.path(on.tenantId(), "/workflows"), on.admin().token(), workflow)
                .expectProblem(409, "quota-exceeded");
        PlanFixtures.assign(
                on.tenantId(),
                PlanFixtures.create(PlanFixtures.plan(
                        PlanFixtures.uniqueCode(),
                        "flat",
                        Json.createObjectBuilder().add("workflows", 1).build())));
        Api.post(Tenants.path(on.tenantId(), "/workflows"), on.admin().token(), workflow)
                .expect(201);
        Api.post(Tenants.path(on.tenantId(), "/workflows"), on.admin().token(), workflow)
                .expect(201); // a new version of the same workflow is not another workflow
    }

    @Test
    void aPlanThatRequiresVerifiedEmailsRefusesUnverifiedMembers() throws Exception {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Careful Co");
        PlanFixtures.assign(
                tenantId,
                PlanFixtures.create(PlanFixtures.plan(
                                PlanFixtures.uniqueCode(),
                                "flat",
                                Json.createObjectBuilder().build())
                        .add("requires_verified_email", true)));
        Member newcomer = Tenants.signedIn();
        JsonObject add = Json.createObjectBuilder()
                .add("email", newcomer.account().email())
                .add("role", "requester")
                .build();
        Api.post(Tenants.path(tenantId, "/members"), admin.token(), add).expectProblem(409, "email-not-verified");

        ControlDb.update("UPDATE users SET email_verified_at = now() WHERE id = ?", newcomer.id());
        Api.post(Tenants.path(tenantId, "/members"), admin.token(), add).expect(201);
    }
}
