package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Topics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** A buyer runs the whole cycle: RFQ → quotes → comparison → order → receipts → invoice match. */
@MicroShedTest
class BuyingCycleIT {

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    private static JsonObject quote(
            Shop shop, String rfqId, UUID supplier, int leadTime, String laptopPrice, String dockPrice) {
        return Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("rfq_id", rfqId)
                                .add("supplier_id", supplier.toString())
                                .add("currency", "EUR")
                                .add(
                                        "valid_until",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(30)
                                                .toString())
                                .add("lead_time_days", leadTime)
                                .add(
                                        "lines",
                                        Buying.lines(
                                                Buying.line("LAP-14", "10", laptopPrice, "23"),
                                                Buying.line("DOCK-1", "10", dockPrice, "23")))
                                .build())
                .expect(201)
                .json();
    }

    @Test
    void aBuyerRunsTheWholeCycleFromRfqToMatchedInvoice() {
        Shop shop = Buying.shop("Cycle");
        UUID acme = Buying.supplier(shop, "ACME");
        UUID globex = Buying.supplier(shop, "GLOBEX");

        JsonObject rfq = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", "Laptops for Lisbon")
                                .add("currency", "EUR")
                                .add(
                                        "due_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(5)
                                                .toString())
                                .add(
                                        "needed_by",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(20)
                                                .toString())
                                .add(
                                        "supplier_ids",
                                        Json.createArrayBuilder()
                                                .add(acme.toString())
                                                .add(globex.toString()))
                                .add(
                                        "lines",
                                        Buying.lines(
                                                Buying.line("LAP-14", "10", null, null),
                                                Buying.line("DOCK-1", "10", null, null)))
                                .build())
                .expect(201)
                .json();
        String rfqId = rfq.getString("id");
        assertEquals("draft", rfq.getString("status"));
        assertTrue(rfq.getString("number").matches("RFQ-\\d{6}"), rfq.getString("number"));

        // No quote before the RFQ is sent.
        JsonObject early = Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("rfq_id", rfqId)
                                .add("supplier_id", acme.toString())
                                .add("currency", "EUR")
                                .add("valid_until", "2099-01-01")
                                .add("lead_time_days", 5)
                                .add("lines", Buying.lines(Buying.line("LAP-14", "10", "1000", "23")))
                                .build())
                .expectProblem(409, "invalid-transition");
        assertEquals("draft", early.getString("current_status"));

        assertEquals(
                "sent",
                Api.post(shop.path("/rfqs/" + rfqId + "/send"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
        JsonObject acmeQuote = quote(shop, rfqId, acme, 10, "1000.00", "150.00");
        JsonObject globexQuote = quote(shop, rfqId, globex, 3, "1100.00", "149.50");
        // 10 x 1000 + 10 x 150 = 11500 net, 23% tax = 2645, total 14145.
        assertEquals(new BigDecimal("11500.00"), decimal(acmeQuote, "subtotal"));
        assertEquals(new BigDecimal("14145.00"), decimal(acmeQuote, "total"));

        JsonObject comparison = Api.get(shop.path("/rfqs/" + rfqId + "/comparison"), shop.token())
                .expect(200)
                .json();
        assertEquals(acmeQuote.getString("id"), comparison.getString("lowest_total_quote_id"));
        assertEquals(globexQuote.getString("id"), comparison.getString("fastest_quote_id"));
        JsonObject dockLine = comparison.getJsonArray("lines").getJsonObject(1);
        assertEquals("DOCK-1", dockLine.getString("item_code"));
        List<JsonObject> dockOffers = dockLine.getJsonArray("offers").getValuesAs(JsonObject.class);
        assertEquals(2, dockOffers.size());
        JsonObject cheapestDock = dockOffers.stream()
                .filter(o -> o.getBoolean("lowest"))
                .findFirst()
                .orElseThrow();
        assertEquals("GLOBEX", cheapestDock.getString("supplier_code"));

        Api.post(shop.path("/quotes/" + acmeQuote.getString("id") + "/accept"), shop.token(), null)
                .expect(200);
        assertEquals(
                "rejected",
                Api.get(shop.path("/quotes/" + globexQuote.getString("id")), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
        JsonObject awarded =
                Api.get(shop.path("/rfqs/" + rfqId), shop.token()).expect(200).json();
        assertEquals("awarded", awarded.getString("status"));
        assertEquals(acmeQuote.getString("id"), awarded.getString("awarded_quote_id"));

        JsonObject order = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("quote_id", acmeQuote.getString("id"))
                                .add("cost_center", "IT")
                                .add(
                                        "expected_delivery_date",
                                        LocalDate.now(ZoneOffset.UTC)
                                                .plusDays(10)
                                                .toString())
                                .build())
                .expect(201)
                .json();
        String orderId = order.getString("id");
        assertEquals("draft", order.getString("status"));
        assertEquals(acme.toString(), order.getString("supplier_id"));
        assertEquals("NET 30", order.getString("payment_terms"));
        assertEquals(new BigDecimal("14145.00"), decimal(order, "total"));
        assertTrue(order.getString("number").matches("PO-\\d{6}"));

        // Nothing but the approval leads to approved: the default policy asks an approver, and an admin above 10000.
        Api.post(shop.path("/purchase-orders/" + orderId + "/send"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
        JsonObject submitted = Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals("pending_approval", submitted.getString("status"));
        assertEquals(2, Buying.openApproval(shop, orderId).getInt("levels"));
        assertEquals("approved", Buying.approve(shop, orderId).getString("status"));
        JsonObject again = Api.post(shop.path("/purchase-orders/" + orderId + "/submit"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
        assertEquals("approved", again.getString("current_status"));
        assertEquals(
                "sent",
                Api.post(shop.path("/purchase-orders/" + orderId + "/send"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));

        JsonObject partial = Buying.receive(shop, orderId, 1, "6", "1");
        assertEquals("partially_received", partial.getString("order_status"));
        JsonObject tooMuch = Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "lines",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 1)
                                                        .add("accepted_quantity", 5)))
                                .build())
                .expectProblem(400, "validation");
        assertTrue(tooMuch.toString().contains("outstanding quantity 4"), tooMuch.toString());
        Buying.receive(shop, orderId, 1, "4", null);
        assertEquals("received", Buying.receive(shop, orderId, 2, "10", null).getString("order_status"));
        assertEquals(
                3,
                Api.get(shop.path("/purchase-orders/" + orderId + "/receipts"), shop.token())
                                .expect(200)
                                .body()
                                .split("\"number\"")
                                .length
                        - 1);

        // Within the 2% tolerance: 1010 for 1000 matches.
        JsonObject invoice = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", "ACME-2026-001")
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add(
                                        "lines",
                                        Buying.lines(
                                                Buying.line("LAP-14", "10", "1010.00", "23"),
                                                Buying.line("DOCK-1", "10", "150", "23")))
                                .build())
                .expect(201)
                .json();
        assertEquals("matched", invoice.getString("status"), invoice.toString());
        assertTrue(invoice.getString("number").matches("INV-\\d{6}"));

        List<JsonObject> approvedEvents = Topics.events(
                "purchase_order.approved",
                e -> orderId.equals(e.getJsonObject("data").getString("purchase_order_id")),
                Duration.ofSeconds(20));
        assertEquals(1, approvedEvents.size());
        assertEquals(
                1,
                Topics.events(
                                "purchase_order.submitted",
                                e -> orderId.equals(e.getJsonObject("data").getString("purchase_order_id")),
                                Duration.ofSeconds(20))
                        .size());
    }

    @Test
    void anInvoiceBeyondToleranceOrReceiptsIsAMismatchNamingTheLines() {
        Shop shop = Buying.shop("Mismatch");
        UUID supplier = Buying.supplier(shop, "INITECH");
        String orderId = Buying.sentOrder(
                        shop,
                        supplier,
                        Buying.lines(
                                Buying.line("PAPER-A4", "100", "4.50", "6"), Buying.line("TONER", "4", "80", "23")))
                .getString("id");
        Buying.receive(shop, orderId, 1, "60", null);

        JsonObject invoice = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", "INI-77")
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add(
                                        "lines",
                                        Buying.lines(
                                                Buying.line("PAPER-A4", "100", "4.50", "6"),
                                                Buying.line("TONER", "4", "95", "23"),
                                                Buying.line("STAPLER", "1", "10", "23")))
                                .build())
                .expect(201)
                .json();
        assertEquals("mismatch", invoice.getString("status"));
        List<String> differing = invoice.getJsonArray("mismatches").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("item_code") + ":" + m.getString("field"))
                .toList();
        // 100 billed of 60 received; toner price 95 vs 80; stapler never ordered; toner not yet received at all.
        assertTrue(
                differing.containsAll(
                        List.of("PAPER-A4:quantity", "TONER:unit_price", "TONER:quantity", "STAPLER:item_code")),
                differing.toString());
        assertFalse(differing.contains("PAPER-A4:unit_price"));
        String invoiceId = invoice.getString("id");

        List<JsonObject> events = Topics.events(
                "invoice.mismatch",
                e -> invoiceId.equals(e.getJsonObject("data").getString("invoice_id")),
                Duration.ofSeconds(20));
        assertEquals(1, events.size());
        assertEquals(
                4,
                events.get(0).getJsonObject("data").getJsonArray("mismatches").size());

        Api.post(shop.path("/invoices/" + invoiceId + "/pay"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
        Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("purchase_order_id", orderId)
                                .add("supplier_invoice_number", "ini-77")
                                .add("currency", "EUR")
                                .add(
                                        "invoice_date",
                                        LocalDate.now(ZoneOffset.UTC).toString())
                                .add("lines", Buying.lines(Buying.line("TONER", "1", "80", "23")))
                                .build())
                .expectProblem(409, "duplicate-invoice");
    }
}
