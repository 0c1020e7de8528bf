package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Invoices and RFQs through state workflows: conditions, roles, approval chains, concurrency, versions, gates. */
@MicroShedTest
class WorkflowEngineIT {

    private static Reply take(Shop shop, String invoiceId, String transition, Member who, String comment) {
        JsonObject body = comment == null
                ? Json.createObjectBuilder().build()
                : Json.createObjectBuilder().add("comment", comment).build();
        return Api.post(shop.path("/invoices/" + invoiceId + "/transitions/" + transition), who.token(), body);
    }

    private static List<String> available(Shop shop, String invoiceId, Member who) {
        return array(Api.get(shop.path("/invoices/" + invoiceId + "/transitions"), who.token())
                        .expect(200)
                        .body())
                .getValuesAs(JsonObject.class)
                .stream()
                .map(t -> t.getString("name"))
                .toList();
    }

    private static JsonObject workflow(Shop shop, String invoiceId) {
        return Api.get(shop.path("/invoices/" + invoiceId + "/workflow"), shop.token())
                .expect(200)
                .json();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    @Test
    void aSixStateInvoiceWorkflowFollowsItsConditionsRolesAndComments() {
        Shop shop = Buying.shop("Six states");
        Member admin = shop.admin();
        Member approver = Buying.approver(shop);
        Member requester = Tenants.join(shop.tenantId(), shop.token(), "requester");
        Member viewer = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        JsonObject defined = Api.post(shop.path("/workflows"), shop.token(), Invoicing.sixStates("Invoices"))
                .expect(201)
                .json();
        assertEquals(1, defined.getInt("version"));
        assertEquals("active", defined.getString("status"));
        assertEquals(6, defined.getJsonArray("states").size());
        assertTrue(defined.getJsonArray("states").getJsonObject(4).getBoolean("final"));
        String orderId = Invoicing.receivedOrder(shop);
        String small = Invoicing.invoice(shop, orderId, 1);
        String large = Invoicing.invoice(shop, orderId, 4);

        assertEquals(List.of("submit"), available(shop, small, requester));
        assertEquals(List.of(), available(shop, small, approver), "submit is for requesters and admins");
        JsonObject before = workflow(shop, small);
        assertEquals("draft", before.getString("state"));
        assertFalse(before.containsKey("instance_id"), "no instance before the first transition");

        take(shop, small, "submit", viewer, null).expectProblem(403, "forbidden");
        take(shop, small, "submit", approver, null).expectProblem(403, "transition-forbidden");
        take(shop, small, "approve", requester, null).expectProblem(403, "transition-forbidden");
        take(shop, small, "teleport", admin, null).expectProblem(404, "not-found");
        assertEquals(
                "submitted",
                take(shop, small, "submit", requester, null).expect(200).json().getString("state"));
        JsonObject again = take(shop, small, "submit", requester, null).expectProblem(409, "transition-not-available");
        assertEquals("submitted", again.getString("current_state"));

        assertEquals(List.of("fast_track"), available(shop, small, approver), "500 is not above 1000");
        JsonObject notLarge =
                take(shop, small, "escalate", approver, null).expectProblem(409, "transition-condition-false");
        assertEquals("total > 1000", notLarge.getString("condition"));
        JsonObject fast =
                take(shop, small, "fast_track", approver, null).expect(200).json();
        assertEquals("approved", fast.getString("state"));
        assertTrue(fast.getBoolean("final"));
        assertEquals(List.of(), available(shop, small, admin), "nothing leaves a final state");

        take(shop, large, "submit", admin, null).expect(200);
        assertEquals(List.of("escalate"), available(shop, large, approver), "2000 is above 1000");
        take(shop, large, "fast_track", approver, null).expectProblem(409, "transition-condition-false");
        take(shop, large, "escalate", approver, null).expect(200);
        assertEquals(List.of("comment"), take(shop, large, "hold", admin, " ").fieldErrors());
        take(shop, large, "hold", admin, "Waiting for the credit note").expect(200);
        take(shop, large, "resume", admin, null).expect(200);
        JsonObject approved =
                take(shop, large, "approve", approver, "Checked").expect(200).json();
        assertEquals("approved", approved.getString("state"));
        assertEquals(1, approved.getInt("workflow_version"));

        List<JsonObject> history = approved.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("submit", "escalate", "hold", "resume", "approve"),
                history.stream().map(h -> h.getString("transition")).toList());
        JsonObject hold = history.get(2);
        assertEquals("under_review", hold.getString("from"));
        assertEquals("on_hold", hold.getString("to"));
        assertEquals("Waiting for the credit note", hold.getString("comment"));
        assertEquals(admin.id().toString(), hold.getString("actor_id"));
        assertEquals(1, hold.getInt("workflow_version"));
        assertEquals(approver.id().toString(), history.get(4).getString("actor_id"));
        assertTrue(history.stream().allMatch(h -> h.getString("action").equals("transitioned")));
        assertEquals(
                history.size(), workflow(shop, large).getJsonArray("history").size());

        // Approval before payment: a draft invoice is not paid; an approved one is.
        String draft = Invoicing.invoice(shop, orderId, 1);
        JsonObject refused = Api.post(shop.path("/invoices/" + draft + "/pay"), shop.token(), null)
                .expectProblem(409, "workflow-not-final");
        assertEquals("draft", refused.getString("current_state"));
        assertEquals(
                "paid",
                Api.post(shop.path("/invoices/" + large + "/pay"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));

        List<JsonObject> events = Topics.events(
                "workflow.transitioned",
                e -> large.equals(e.getJsonObject("data").getString("entity_id")),
                Duration.ofSeconds(20));
        assertEquals(5, events.size());
        assertTrue(events.stream()
                .anyMatch(e -> "hold".equals(e.getJsonObject("data").getString("transition"))
                        && "Waiting for the credit note"
                                .equals(e.getJsonObject("data").getString("comment"))));
    }

    @Test
    void ofTwoTransitionsAtOnceExactlyOneWins() throws Exception {
        Shop shop = Buying.shop("Races");
        Invoicing.define(shop, Invoicing.sixStates("Race"));
        Member approver = Buying.approver(shop);
        Member second = Tenants.join(shop.tenantId(), shop.token(), "approver");
        String orderId = Invoicing.receivedOrder(shop);
        String fresh = Invoicing.invoice(shop, orderId, 1);
        String started = Invoicing.invoice(shop, orderId, 1);
        take(shop, started, "submit", shop.admin(), null).expect(200);

        assertOneWins(
                () -> take(shop, fresh, "submit", shop.admin(), null),
                () -> take(shop, fresh, "submit", Tenants.join(shop.tenantId(), shop.token(), "admin"), null));
        assertOneWins(
                () -> take(shop, started, "fast_track", approver, null),
                () -> take(shop, started, "fast_track", second, null));
        assertEquals("approved", workflow(shop, started).getString("state"));
        assertEquals(2, workflow(shop, started).getJsonArray("history").size());
        assertEquals(1, workflow(shop, fresh).getJsonArray("history").size());
    }

    private static void assertOneWins(Callable<Reply> first, Callable<Reply> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Callable<Reply>> calls = List.of(first, second);
            List<Future<Reply>> replies = calls.stream()
                    .map(call -> pool.submit(() -> {
                        ready.countDown();
                        ready.await();
                        return call.call();
                    }))
                    .toList();
            List<Integer> statuses = replies.stream()
                    .map(f -> {
                        try {
                            return f.get().status();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .sorted()
                    .toList();
            assertEquals(List.of(200, 409), statuses);
            for (Future<Reply> reply : replies) {
                if (reply.get().status() == 409) {
                    String type = reply.get().json().getString("type");
                    assertTrue(
                            type.endsWith("/workflow-instance-changed") || type.endsWith("/transition-not-available"),
                            type);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunningInstanceKeepsItsVersionAndNewOnesTakeTheNewVersion() {
        Shop shop = Buying.shop("Versions");
        String v1 = Invoicing.define(shop, Invoicing.sixStates("Version one"));
        Member approver = Buying.approver(shop);
        String orderId = Invoicing.receivedOrder(shop);
        String running = Invoicing.invoice(shop, orderId, 1);
        String later = Invoicing.invoice(shop, orderId, 1);
        take(shop, running, "submit", shop.admin(), null).expect(200);

        JsonObject v2body = Json.createObjectBuilder()
                .add("document_type", "invoice")
                .add("name", "Version two")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(Invoicing.state("draft", true, false))
                                .add(Invoicing.state("booked", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Invoicing.transition("book", "draft", "booked")
                                        .add("comment_required", true)))
                .build();
        JsonObject v2 = Api.put(shop.path("/workflows/" + v1), shop.token(), v2body)
                .expect(200)
                .json();
        assertEquals(2, v2.getInt("version"));
        assertEquals(
                "superseded",
                Api.get(shop.path("/workflows/" + v1), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.put(shop.path("/workflows/" + v1), shop.token(), v2body).expectProblem(409, "workflow-not-active");
        assertEquals(
                List.of("document_type"),
                Api.put(
                                shop.path("/workflows/" + v2.getString("id")),
                                shop.token(),
                                Json.createObjectBuilder(v2body)
                                        .add("document_type", "rfq")
                                        .build())
                        .fieldErrors());

        JsonObject kept = workflow(shop, running);
        assertEquals(1, kept.getInt("workflow_version"));
        assertEquals(v1, kept.getString("workflow_id"));
        assertEquals(List.of("fast_track"), available(shop, running, approver));
        take(shop, running, "book", shop.admin(), "x").expectProblem(404, "not-found");

        assertEquals(2, workflow(shop, later).getInt("workflow_version"));
        take(shop, later, "submit", shop.admin(), null).expectProblem(404, "not-found");
        assertEquals(
                List.of("comment"),
                take(shop, later, "book", shop.admin(), null).fieldErrors());
        JsonObject booked =
                take(shop, later, "book", shop.admin(), "Booked").expect(200).json();
        assertEquals("booked", booked.getString("state"));
        assertEquals(2, booked.getJsonArray("history").getJsonObject(0).getInt("workflow_version"));

        // Retiring v2: the running v1 instance finishes on v1; records without an instance have no workflow.
        Api.delete(shop.path("/workflows/" + v2.getString("id")), shop.token()).expect(204);
        Api.delete(shop.path("/workflows/" + v2.getString("id")), shop.token())
                .expectProblem(409, "workflow-not-active");
        assertEquals(
                "retired",
                Api.get(shop.path("/workflows/" + v2.getString("id")), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.post(shop.path("/invoices/" + running + "/pay"), shop.token(), null)
                .expectProblem(409, "workflow-not-final");
        take(shop, running, "fast_track", approver, null).expect(200);
        Api.post(shop.path("/invoices/" + running + "/pay"), shop.token(), null).expect(200);
        String free = Invoicing.invoice(shop, orderId, 1);
        Api.get(shop.path("/invoices/" + free + "/workflow"), shop.token()).expectProblem(404, "not-found");
        Api.post(shop.path("/invoices/" + free + "/pay"), shop.token(), null).expect(200);
        Api.get(shop.path("/workflows/" + UUID.randomUUID()), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void aTransitionWithAnApprovalChainHappensOnlyWhenTheChainApproves() {
        Shop shop = Buying.shop("Chains");
        Invoicing.define(shop, Invoicing.withApprovalChain("invoice"));
        Member approver = Buying.approver(shop);
        String orderId = Invoicing.receivedOrder(shop);
        String invoice = Invoicing.invoice(shop, orderId, 1);

        JsonObject pending = take(shop, invoice, "approve", shop.admin(), "Please")
                .expect(200)
                .json();
        assertEquals("draft", pending.getString("state"));
        assertEquals("approve", pending.getString("pending_transition"));
        String first = pending.getString("pending_approval_id");
        assertEquals(List.of(), available(shop, invoice, shop.admin()));
        take(shop, invoice, "approve", shop.admin(), null).expectProblem(409, "transition-pending");
        JsonObject approval = Api.get(shop.path("/approvals/" + first), shop.token())
                .expect(200)
                .json();
        assertEquals("workflow_transition", approval.getString("document_type"));
        assertEquals(
                List.of(approver.id().toString()),
                approval.getJsonArray("approvers").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());

        Api.post(
                        shop.path("/approvals/" + first + "/reject"),
                        approver.token(),
                        Json.createObjectBuilder()
                                .add("feedback", "Wrong cost centre")
                                .build())
                .expect(200);
        JsonObject rejected = workflow(shop, invoice);
        assertEquals("draft", rejected.getString("state"));
        assertFalse(rejected.containsKey("pending_transition"));
        JsonObject rejection = rejected.getJsonArray("history").getJsonObject(1);
        assertEquals("approval_rejected", rejection.getString("action"));
        assertEquals("Wrong cost centre", rejection.getString("comment"));
        Api.post(shop.path("/invoices/" + invoice + "/pay"), shop.token(), null)
                .expectProblem(409, "workflow-not-final");

        String second = take(shop, invoice, "approve", shop.admin(), "Fixed")
                .expect(200)
                .json()
                .getString("pending_approval_id");
        Api.post(
                        shop.path("/approvals/" + second + "/approve"),
                        shop.admin().token(),
                        Json.createObjectBuilder().build())
                .expectProblem(403, "self-approval");
        Api.post(
                        shop.path("/approvals/" + second + "/approve"),
                        approver.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        JsonObject done = workflow(shop, invoice);
        assertEquals("approved", done.getString("state"));
        assertTrue(done.getBoolean("final"));
        List<JsonObject> history = done.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("approval_requested", "approval_rejected", "approval_requested", "transitioned"),
                history.stream().map(h -> h.getString("action")).toList());
        assertEquals(second, history.get(3).getString("approval_id"));
        assertEquals(shop.admin().id().toString(), history.get(3).getString("actor_id"));
        Api.post(shop.path("/invoices/" + invoice + "/pay"), shop.token(), null).expect(200);
    }

    @Test
    void anRfqIsSentOnlyOnceItsWorkflowApprovedIt() {
        Shop shop = Buying.shop("RFQ workflow");
        Invoicing.define(shop, Invoicing.withApprovalChain("rfq"));
        UUID supplier = Buying.supplier(shop, "RFQWF");
        String rfq = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", "Chairs")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add("supplier_ids", Json.createArrayBuilder().add(supplier.toString()))
                                .add("lines", Buying.lines(Buying.line("CHAIR", "12", "150", null)))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/rfqs/" + rfq + "/send"), shop.token(), null).expectProblem(409, "workflow-not-final");
        String approval = Api.post(
                        shop.path("/rfqs/" + rfq + "/transitions/approve"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expect(200)
                .json()
                .getString("pending_approval_id");
        Api.post(
                        shop.path("/approvals/" + approval + "/approve"),
                        Buying.approver(shop).token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        assertEquals(
                "approved",
                Api.get(shop.path("/rfqs/" + rfq + "/workflow"), shop.token())
                        .expect(200)
                        .json()
                        .getString("state"));
        assertEquals(
                "sent",
                Api.post(shop.path("/rfqs/" + rfq + "/send"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void badStateWorkflowsAreRefusedWithEveryProblem() {
        Shop shop = Buying.shop("Bad states");
        JsonObject bad = Json.createObjectBuilder()
                .add("document_type", "invoice")
                .add("name", "Bad")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(Invoicing.state("a", true, false))
                                .add(Invoicing.state("a", false, false))
                                .add(Invoicing.state("z", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Invoicing.transition("go", "a", "z").add("condition", "colour == 1"))
                                .add(Invoicing.transition("back", "z", "a").add("permission", "no:such"))
                                .add(Invoicing.transition("go", "a", "nowhere")))
                .build();
        assertEquals(
                List.of(
                        "states[1].name",
                        "transitions[0].condition",
                        "transitions[1].from",
                        "transitions[1].permission",
                        "transitions[2].name",
                        "transitions[2].to"),
                Api.post(shop.path("/workflows"), shop.token(), bad).fieldErrors().stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("states"),
                Api.post(
                                shop.path("/workflows"),
                                shop.token(),
                                Json.createObjectBuilder(Invoicing.withApprovalChain("invoice"))
                                        .add("document_type", "purchase_order")
                                        .add(
                                                "levels",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "L")
                                                                .add("approver_role", "admin")
                                                                .add("mode", "any")))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("document_type"),
                Api.post(
                                shop.path("/workflows"),
                                shop.token(),
                                Json.createObjectBuilder(Invoicing.withApprovalChain("invoice"))
                                        .add("document_type", "workflow_transition")
                                        .build())
                        .fieldErrors());
        Api.get(shop.path("/workflows/active?document_type=invoice"), shop.token())
                .expectProblem(404, "not-found");
        String orderId = Invoicing.receivedOrder(shop);
        String invoice = Invoicing.invoice(shop, orderId, 1);
        Api.get(shop.path("/invoices/" + invoice + "/transitions"), shop.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void conditionsReadTheInvoicesCustomFields() {
        Shop shop = Buying.shop("Workflow on custom fields");
        Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "invoice")
                                .add("key", "risk")
                                .add("label", "Risk")
                                .add("type", "integer")
                                .build())
                .expect(201);
        JsonObject unknown = Api.post(shop.path("/workflows"), shop.token(), riskWorkflow("cf_nope < 5"))
                .expectProblem(400, "validation");
        assertTrue(unknown.toString().contains("cf_nope"), unknown.toString());
        Invoicing.define(shop, riskWorkflow("cf_risk < 5"));
        String orderId = Invoicing.receivedOrder(shop);
        String risky = invoiceWithRisk(shop, orderId, 7);
        String safe = invoiceWithRisk(shop, orderId, 2);

        assertEquals(List.of("escalate"), available(shop, risky, shop.admin()));
        take(shop, risky, "clear", shop.admin(), null).expectProblem(409, "transition-condition-false");
        assertEquals(
                "review",
                take(shop, risky, "escalate", shop.admin(), null)
                        .expect(200)
                        .json()
                        .getString("state"));
        assertEquals(List.of("clear"), available(shop, safe, shop.admin()));
        assertEquals(
                "cleared",
                take(shop, safe, "clear", shop.admin(), null).expect(200).json().getString("state"));
    }

    /** draft → cleared when {@code clearWhen}, else draft → review (cf_risk >= 5). */
    private static JsonObject riskWorkflow(String clearWhen) {
        return Json.createObjectBuilder()
                .add("document_type", "invoice")
                .add("name", "Risk")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(Invoicing.state("draft", true, false))
                                .add(Invoicing.state("review", false, true))
                                .add(Invoicing.state("cleared", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(Invoicing.transition("clear", "draft", "cleared")
                                        .add("roles", Invoicing.roles("admin"))
                                        .add("condition", clearWhen))
                                .add(Invoicing.transition("escalate", "draft", "review")
                                        .add("roles", Invoicing.roles("admin"))
                                        .add("condition", "cf_risk >= 5")))
                .build();
    }

    private static String invoiceWithRisk(Shop shop, String orderId, int risk) {
        return Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add(
                                        "supplier_invoice_number",
                                        "R-"
                                                + java.util
                                                        .UUID
                                                        .randomUUID()
                                                        .toString()
                                                        .substring(0, 8))
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                                .toString())
                                .add("lines", Buying.lines(Buying.line("ITEM", "1", "500", "0")))
                                .add("custom_fields", Json.createObjectBuilder().add("risk", risk))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }
}
