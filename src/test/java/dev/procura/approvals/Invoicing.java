package dev.procura.approvals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Invoices and state workflows made through the API for the workflow engine's tests. */
final class Invoicing {

    private Invoicing() {}

    /** A sent order of 100 items at 500 (no tax), all received: invoices of n items match and total 500 n. */
    static String receivedOrder(Shop shop) {
        UUID supplier =
                Buying.supplier(shop, "WF" + UUID.randomUUID().toString().substring(0, 6));
        String orderId = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("ITEM", "100", "500", "0")))
                .getString("id");
        Buying.receive(shop, orderId, 1, "100", null);
        return orderId;
    }

    /** A matched invoice of {@code items} items (total 500 each) against the order. */
    static String invoice(Shop shop, String orderId, int items) {
        JsonObject invoice = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add(
                                        "supplier_invoice_number",
                                        "S-" + UUID.randomUUID().toString().substring(0, 8))
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add("lines", Buying.lines(Buying.line("ITEM", String.valueOf(items), "500", "0")))
                                .build())
                .expect(201)
                .json();
        return invoice.getString("id");
    }

    static JsonObject state(String name, boolean initial, boolean isFinal) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("initial", initial)
                .add("final", isFinal)
                .build();
    }

    static JsonObjectBuilder transition(String name, String from, String to) {
        return Json.createObjectBuilder().add("name", name).add("from", from).add("to", to);
    }

    static JsonArrayBuilder roles(String... roles) {
        return Json.createArrayBuilder(java.util.List.of(roles));
    }

    /**
     * Six states: draft → submitted (requester or admin); submitted → approved when total ≤ 1000
     * (fast_track) or → under_review above (escalate), both with approvals:decide; under_review →
     * on_hold (admin, with a comment) and back (resume); under_review → approved (approver) or →
     * rejected (approver or admin, with a comment).
     */
    static JsonObject sixStates(String name) {
        return Json.createObjectBuilder()
                .add("document_type", "invoice")
                .add("name", name)
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(state("draft", true, false))
                                .add(state("submitted", false, false))
                                .add(state("under_review", false, false))
                                .add(state("on_hold", false, false))
                                .add(state("approved", false, true))
                                .add(state("rejected", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(transition("submit", "draft", "submitted")
                                        .add("roles", roles("requester", "admin")))
                                .add(transition("fast_track", "submitted", "approved")
                                        .add("permission", "approvals:decide")
                                        .add("condition", "total <= 1000"))
                                .add(transition("escalate", "submitted", "under_review")
                                        .add("permission", "approvals:decide")
                                        .add("condition", "total > 1000"))
                                .add(transition("hold", "under_review", "on_hold")
                                        .add("roles", roles("admin"))
                                        .add("comment_required", true))
                                .add(transition("resume", "on_hold", "under_review")
                                        .add("roles", roles("admin")))
                                .add(transition("approve", "under_review", "approved")
                                        .add("roles", roles("approver")))
                                .add(transition("reject", "under_review", "rejected")
                                        .add("roles", roles("approver", "admin"))
                                        .add("comment_required", true)))
                .build();
    }

    /** draft → approved, open to every member holding approvals:request, through an approval chain of approvers. */
    static JsonObject withApprovalChain(String documentType) {
        return Json.createObjectBuilder()
                .add("document_type", documentType)
                .add("name", "Approve first")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(state("draft", true, false))
                                .add(state("approved", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(transition("approve", "draft", "approved")
                                        .add(
                                                "approval_levels",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "Finance")
                                                                .add("approver_role", "approver")
                                                                .add("mode", "any")))))
                .build();
    }

    static String define(Shop shop, JsonObject definition) {
        return Api.post(shop.path("/workflows"), shop.token(), definition)
                .expect(201)
                .json()
                .getString("id");
    }
}
