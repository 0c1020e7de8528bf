package dev.procura.engineering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Change orders of a project through the general workflow engine (entity type change_order):
 * their status follows the workflow, a decided one no longer changes, and the approved ones'
 * cost and schedule impact make the project's approved changes.
 */
@MicroShedTest
class ChangeOrderIT {

    private static JsonObject take(Engineering t, String id, String transition, Member by) {
        return Api.post(
                        t.path("/change-orders/" + id + "/transitions/" + transition),
                        by.token(),
                        Json.createObjectBuilder().add("comment", "Decided").build())
                .expect(200)
                .json();
    }

    private static JsonObject get(Engineering t, String id) {
        return Api.get(t.path("/change-orders/" + id), t.shop().token())
                .expect(200)
                .json();
    }

    private static void assertAmount(String expected, JsonObject json, String key) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(json.getJsonNumber(key).bigDecimalValue()),
                key + ": expected " + expected + " in " + json);
    }

    @Test
    void approvedChangeOrdersAddTheirImpactToTheProjectsApprovedChanges() {
        Engineering t = Engineering.ready("Change orders");
        t.defineWorkflow("change_order", "requested", "approved", "rejected");
        Member approver = Buying.approver(t.shop());
        JsonObject plate = t.requestChange(Engineering.changeOrder("Thicker base plate", "1250.00", 5));
        assertEquals("requested", plate.getString("status"), "the workflow's initial state");
        assertEquals("CO-000001", plate.getString("number"));
        assertFalse(plate.getBoolean("decided"));
        String saving = t.requestChange(Engineering.changeOrder("Cheaper paint", "-200", -1))
                .getString("id");
        String rejected = t.requestChange(Engineering.changeOrder("Gold handles", "999", 30))
                .getString("id");

        take(t, plate.getString("id"), "approved", approver);
        take(t, saving, "approved", approver);
        JsonObject workflow = take(t, rejected, "rejected", approver);
        assertTrue(workflow.getBoolean("final"));

        JsonObject approved = get(t, plate.getString("id"));
        assertEquals("approved", approved.getString("status"));
        assertTrue(approved.getBoolean("decided"));
        assertTrue(approved.getBoolean("approved"));
        assertTrue(approved.containsKey("decided_on"));
        JsonObject refused = get(t, rejected);
        assertEquals("rejected", refused.getString("status"));
        assertTrue(refused.getBoolean("decided"));
        assertFalse(refused.getBoolean("approved"));

        JsonObject changes = Api.get(
                        t.path("/change-orders/approved-changes"), t.shop().token())
                .expect(200)
                .json();
        assertEquals(2, changes.getInt("approved"));
        assertEquals(0, changes.getInt("pending"));
        assertEquals(4, changes.getInt("schedule_impact_days"));
        List<JsonObject> cost = changes.getJsonArray("cost_impact").getValuesAs(JsonObject.class);
        assertEquals(1, cost.size());
        assertEquals("EUR", cost.get(0).getString("currency"));
        assertAmount("1050", cost.get(0), "cost_impact");

        assertEquals(
                2,
                Api.get(t.path("/change-orders?status=approved"), t.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                "change_order",
                Api.get(
                                t.path("/change-orders/" + saving + "/workflow"),
                                t.shop().token())
                        .expect(200)
                        .json()
                        .getString("entity_type"));
    }

    @Test
    void anUndecidedChangeOrderChangesAndADecidedOneDoesNot() {
        Engineering t = Engineering.ready("Change order changes");
        JsonObject order = t.requestChange(Engineering.changeOrder("Longer cable", "80", 0));
        String id = order.getString("id");
        assertEquals("open", order.getString("status"), "without a change_order workflow it is open");
        JsonObject changed = Api.put(
                        t.path("/change-orders/" + id),
                        t.shop().token(),
                        Engineering.changeOrder("Longer cable", "95.50", 2).build())
                .expect(200)
                .json();
        assertAmount("95.50", changed, "cost_impact");
        assertEquals(2, changed.getInt("schedule_impact_days"));
        assertAmount("95.50", get(t, id), "cost_impact");
        JsonObject none = Api.get(
                        t.path("/change-orders/approved-changes"), t.shop().token())
                .expect(200)
                .json();
        assertEquals(0, none.getInt("approved"));
        assertEquals(1, none.getInt("pending"));
        assertTrue(none.getJsonArray("cost_impact").isEmpty());

        t.defineWorkflow("change_order", "open", "approved", "rejected");
        take(t, id, "rejected", t.shop().admin());
        Api.put(
                        t.path("/change-orders/" + id),
                        t.shop().token(),
                        Engineering.changeOrder("Again", "1", 1).build())
                .expectProblem(409, "change-order-decided");
        Api.post(
                        t.path("/change-orders/" + id + "/transitions/approved"),
                        t.shop().token(),
                        Json.createObjectBuilder().build())
                .expectProblem(409, "transition-not-available");
        assertAmount("95.50", get(t, id), "cost_impact");
    }

    @Test
    void badChangeOrdersAreRefusedWithTheirFieldsAndNothingIsWritten() {
        Engineering t = Engineering.ready("Change order bad input");
        assertEquals(
                List.of("cost_impact", "currency", "reason", "schedule_impact_days", "title"),
                Api.post(
                                t.path("/change-orders"),
                                t.shop().token(),
                                Json.createObjectBuilder()
                                        .add("title", " ")
                                        .add("currency", "euro")
                                        .add("cost_impact", new BigDecimal("1.123456"))
                                        .add("schedule_impact_days", 99999)
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                0,
                Api.get(t.path("/change-orders"), t.shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.get(t.path("/change-orders/" + UUID.randomUUID()), t.shop().token()).expectProblem(404, "not-found");
        String other = Engineering.project(t.shop(), "PRJ-2", null);
        String elsewhere = Api.post(
                        t.shop().path("/projects/" + other + "/change-orders"),
                        t.shop().token(),
                        Engineering.changeOrder("Elsewhere", "1", 0).build())
                .expect(201)
                .json()
                .getString("id");
        Api.get(t.path("/change-orders/" + elsewhere), t.shop().token()).expectProblem(404, "not-found");
    }
}
