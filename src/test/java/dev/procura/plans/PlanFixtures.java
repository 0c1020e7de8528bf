package dev.procura.plans;

import dev.procura.support.Api;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import java.util.UUID;

/** Plans made for one test: a unique code, the limits given, and a tenant put on it. */
final class PlanFixtures {

    private static Member operator;

    private PlanFixtures() {}

    static synchronized Member operator() throws SQLException {
        if (operator == null) {
            operator = Tenants.platformAdmin();
        }
        return operator;
    }

    static String uniqueCode() {
        return "p-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static JsonObjectBuilder plan(String code, String billingModel, JsonObject limits) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Plan " + code)
                .add("billing_model", billingModel)
                .add("currency", "EUR")
                .add("unit_price", 10)
                .add("grace_percent", 0)
                .add("limits", limits);
    }

    /** A new plan with these limits; returns its code. */
    static String create(JsonObjectBuilder plan) throws SQLException {
        return Api.post("/api/v1/admin/plans", operator().token(), plan.build())
                .expect(201)
                .json()
                .getString("code");
    }

    static JsonObject assign(UUID tenantId, String code) throws SQLException {
        return Api.put(
                        "/api/v1/admin/tenants/" + tenantId + "/plan",
                        operator().token(),
                        Json.createObjectBuilder().add("plan", code).build())
                .expect(200)
                .json();
    }

    /** A tenant, its admin (signed in) and the plan it was put on. */
    record OnPlan(Member admin, UUID tenantId, String plan) {}

    /** A new tenant on a new flat plan with these limits and grace. */
    static OnPlan tenantOnPlan(JsonObject limits, int gracePercent) throws SQLException {
        Member admin = Tenants.signedIn();
        UUID tenantId = Tenants.create(admin.token(), "Metered Co");
        String code = create(plan(uniqueCode(), "flat", limits).add("grace_percent", gracePercent));
        assign(tenantId, code);
        return new OnPlan(admin, tenantId, code);
    }
}
