package dev.procura.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.gs1.Gs1;
import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Shipments through the API: numbering, SSCCs from the company prefix, the status actions with
 * their moments, an outbound shipment's shipping issuing its lot to the customer (genealogy shows
 * the shipment), an inbound shipment's delivery recording the receipt with its lot, refused moves
 * that change nothing, and bad input.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShipmentIT {

    private Shop shop;
    private String customer;

    @BeforeAll
    void arrange() {
        shop = Shipments.shop("Shipments");
        Shipments.item(shop, "CRATE", true, false);
        Shipments.item(shop, "PLAIN", false, false);
        customer = Shipments.customer(shop, "ship-customer");
    }

    private static BigDecimal decimal(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    @Test
    void anOutboundShipmentMovesThroughEveryStatusKeepingEachMoment() {
        Shipments.lot(shop, "CRATE", "CR-LIFE", "10", null);
        Instant before = Instant.now().minusSeconds(1);
        JsonObject made = Shipments.create(
                shop,
                Shipments.outbound(
                        customer,
                        List.of(
                                Shipments.line("CRATE", "CR-LIFE", null, "4", "P1"),
                                Shipments.line("PLAIN", null, null, "2", "P2")),
                        "P1",
                        "P2"));
        assertTrue(made.getString("number").startsWith("SHP-"));
        assertEquals("planned", made.getString("status"));
        assertEquals("outbound", made.getString("direction"));
        assertEquals("dhl", made.getString("carrier"));
        assertEquals("ea", made.getJsonArray("lines").getJsonObject(0).getString("unit"));
        List<String> ssccs = made.getJsonArray("packages").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("sscc"))
                .toList();
        assertEquals(2, ssccs.size());
        assertNotEquals(ssccs.get(0), ssccs.get(1));
        for (String sscc : ssccs) {
            assertEquals(18, sscc.length());
            assertTrue(sscc.startsWith("0" + Shipments.PREFIX), sscc);
            assertEquals(Gs1.checkDigit(sscc.substring(0, 17)), sscc.charAt(17) - '0');
        }
        String id = made.getString("id");
        assertTrue(absent(made, "packed_at"));

        JsonObject packed = Shipments.act(shop, id, "pack");
        assertEquals("packed", packed.getString("status"));
        assertFalse(Instant.parse(packed.getString("packed_at")).isBefore(before));
        assertTrue(absent(packed, "shipped_at"));
        JsonObject shipped = Shipments.act(shop, id, "ship");
        assertEquals("shipped", shipped.getString("status"));
        assertFalse(absent(shipped, "shipped_at"));
        assertEquals(packed.getString("packed_at"), shipped.getString("packed_at"));
        assertTrue(shipped.getJsonArray("packages").getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> absent(p, "shipped_at")));
        JsonObject departed = Shipments.act(shop, id, "depart");
        assertEquals("in_transit", departed.getString("status"));
        assertFalse(absent(departed, "in_transit_at"));
        JsonObject delivered = Shipments.act(shop, id, "deliver");
        assertEquals("delivered", delivered.getString("status"));
        assertFalse(absent(delivered, "delivered_at"));
        Api.post(shop.path("/shipments/" + id + "/pack"), shop.token(), null).expectProblem(409, "invalid-transition");
        JsonObject returned = Shipments.act(shop, id, "return");
        assertEquals("returned", returned.getString("status"));
        assertFalse(absent(returned, "returned_at"));
        assertEquals(delivered.getString("delivered_at"), returned.getString("delivered_at"));
        Api.post(shop.path("/shipments/" + id + "/deliver"), shop.token(), null)
                .expectProblem(409, "invalid-transition");
        Api.post(shop.path("/shipments/" + id + "/unload"), shop.token(), null).expect(404);

        JsonObject read =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals("returned", read.getString("status"));
        assertEquals(returned.getString("shipped_at"), read.getString("shipped_at"));
    }

    @Test
    void shippingAnOutboundShipmentIssuesItsLotToTheCustomerThroughTheShipment() {
        String lotId = Shipments.lot(shop, "CRATE", "CR-GEN", "10", null).getString("id");
        JsonObject made = Shipments.create(
                shop, Shipments.outbound(customer, List.of(Shipments.line("CRATE", "CR-GEN", null, "4", "P1")), "P1"));
        String id = made.getString("id");
        Shipments.act(shop, id, "pack");
        JsonObject shipped = Shipments.act(shop, id, "ship");
        assertEquals(List.of(made.getString("number")), strings(shipped, "issue_numbers"));

        JsonObject lot =
                Api.get(shop.path("/lots/" + lotId), shop.token()).expect(200).json();
        assertEquals(0, new BigDecimal("6").compareTo(decimal(lot, "quantity")));
        JsonObject graph = Api.get(
                        shop.path("/traceability/genealogy?lot=CR-GEN&item_code=CRATE&direction=forward"), shop.token())
                .expect(200)
                .json();
        JsonObject edge = graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("to").equals(customer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge to the customer in " + graph));
        assertEquals("shipment", edge.getJsonObject("document").getString("type"));
        assertEquals(made.getString("number"), edge.getJsonObject("document").getString("number"));
        assertEquals(0, new BigDecimal("4").compareTo(decimal(edge, "quantity")));
    }

    @Test
    void shippingMoreThanTheLotHoldsIsRefusedAndChangesNothing() {
        String lotId = Shipments.lot(shop, "CRATE", "CR-SHORT", "3", null).getString("id");
        String id = Shipments.create(
                        shop,
                        Shipments.outbound(
                                customer, List.of(Shipments.line("CRATE", "CR-SHORT", null, "5", "P1")), "P1"))
                .getString("id");
        Shipments.act(shop, id, "pack");
        assertEquals(
                List.of("lines[0].quantity"),
                Api.post(shop.path("/shipments/" + id + "/ship"), shop.token(), null)
                        .fieldErrors());
        JsonObject read =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals("packed", read.getString("status"));
        assertTrue(absent(read, "shipped_at"));
        assertTrue(strings(read, "issue_numbers").isEmpty());
        JsonObject lot =
                Api.get(shop.path("/lots/" + lotId), shop.token()).expect(200).json();
        assertEquals(0, new BigDecimal("3").compareTo(decimal(lot, "quantity")));
        assertEquals("available", lot.getString("status"));
    }

    @Test
    void deliveringAnInboundShipmentRecordsTheReceiptWithItsLot() {
        String order = Shipments.sentOrder(shop, "CRATE", "10");
        JsonObject line = Json.createObjectBuilder(Shipments.line("CRATE", "CR-IN-1", null, "10", "P1"))
                .add("expires_on", "2031-05-31")
                .build();
        JsonObject made = Shipments.create(shop, Shipments.inbound(order, List.of(line), "P1"));
        String id = made.getString("id");
        Shipments.act(shop, id, "pack");
        Shipments.act(shop, id, "ship");
        JsonObject inTransit = Shipments.act(shop, id, "depart");
        assertTrue(strings(inTransit, "receipt_numbers").isEmpty());
        JsonObject delivered = Shipments.act(shop, id, "deliver");
        List<String> receipts = strings(delivered, "receipt_numbers");
        assertEquals(1, receipts.size());
        assertEquals(
                0,
                new BigDecimal("10")
                        .compareTo(decimal(delivered.getJsonArray("lines").getJsonObject(0), "received_quantity")));

        List<JsonObject> recorded = receipts(order);
        assertEquals(
                List.of(receipts.get(0)),
                recorded.stream().map(r -> r.getString("number")).toList());
        JsonObject order1 = Api.get(shop.path("/purchase-orders/" + order), shop.token())
                .expect(200)
                .json();
        assertEquals("received", order1.getString("status"));
        JsonObject lot = Api.get(shop.path("/lots?item_code=CRATE&q=CR-IN-1"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("CR-IN-1", lot.getString("number"));
        assertEquals(0, new BigDecimal("10").compareTo(decimal(lot, "quantity")));
        assertEquals("2031-05-31", lot.getString("expires_on"));
    }

    @Test
    void anInboundDeliveryBeyondTheOrderIsRefusedAndChangesNothing() {
        String order = Shipments.sentOrder(shop, "CRATE", "5");
        String id = Shipments.create(
                        shop, Shipments.inbound(order, List.of(Shipments.line("CRATE", "CR-OVER", null, "8", null))))
                .getString("id");
        Shipments.act(shop, id, "pack");
        Shipments.act(shop, id, "ship");
        assertEquals(
                List.of("lines[0].accepted_quantity"),
                Api.post(shop.path("/shipments/" + id + "/deliver"), shop.token(), null)
                        .fieldErrors());
        JsonObject read =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals("shipped", read.getString("status"));
        assertTrue(absent(read, "delivered_at"));
        assertEquals(0, receipts(order).size());
    }

    @Test
    void aShipmentChangesItsCarrierAndItsLinesOnlyWhilePlanned() {
        Shipments.lot(shop, "CRATE", "CR-CHG", "10", null);
        String id = Shipments.create(
                        shop, Shipments.outbound(customer, List.of(Shipments.line("PLAIN", null, null, "1", null))))
                .getString("id");
        JsonObject changed = Api.put(
                        shop.path("/shipments/" + id),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("carrier", "ups")
                                .add("tracking_number", "1Z999")
                                .add(
                                        "lines",
                                        Json.createArrayBuilder()
                                                .add(Shipments.line("CRATE", "CR-CHG", null, "2", null))
                                                .add(Shipments.line("PLAIN", null, null, "3", null)))
                                .build())
                .expect(200)
                .json();
        assertEquals("ups", changed.getString("carrier"));
        assertEquals("1Z999", changed.getString("tracking_number"));
        assertEquals(
                List.of("CRATE", "PLAIN"),
                changed.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("item_code"))
                        .toList());
        Shipments.act(shop, id, "pack");
        Api.put(
                        shop.path("/shipments/" + id),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "lines",
                                        Json.createArrayBuilder().add(Shipments.line("PLAIN", null, null, "1", null)))
                                .build())
                .expectProblem(409, "invalid-transition");
        assertEquals(
                List.of("carrier"),
                Api.put(
                                shop.path("/shipments/" + id),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("carrier", "pigeon")
                                        .build())
                        .fieldErrors());
    }

    @Test
    void badShipmentsAreRefusedWithEveryFieldAndNothingIsMade() {
        long before = total();
        assertEquals(
                Set.of("direction", "lines"),
                Set.copyOf(Api.post(
                                shop.path("/shipments"),
                                shop.token(),
                                Json.createObjectBuilder().build())
                        .fieldErrors()));
        assertEquals(
                Set.of(
                        "customer_id",
                        "carrier",
                        "lines[0].item_code",
                        "lines[1].package_number",
                        "lines[2].quantity",
                        "packages[1].number"),
                Set.copyOf(Api.post(
                                shop.path("/shipments"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("direction", "outbound")
                                        .add("carrier", "pigeon")
                                        .add(
                                                "lines",
                                                Json.createArrayBuilder()
                                                        .add(Shipments.line("NOPE", null, null, "1", null))
                                                        .add(Shipments.line("PLAIN", null, null, "1", "P9"))
                                                        .add(Shipments.line("CRATE", null, "S-1", "2", null)))
                                        .add("packages", Shipments.packages("P1", "P1"))
                                        .build())
                        .fieldErrors()));
        assertEquals(
                List.of("purchase_order_id"),
                Api.post(
                                shop.path("/shipments"),
                                shop.token(),
                                Shipments.inbound(
                                                java.util.UUID.randomUUID().toString(),
                                                List.of(Shipments.line("PLAIN", null, null, "1", null)))
                                        .build())
                        .fieldErrors());
        Shop bare = Buying.shop("Shipments without prefix");
        dev.procura.support.Production.unit(bare);
        String bareCustomer = Shipments.customer(bare, "bare");
        Shipments.item(bare, "PLAIN", false, false);
        assertEquals(
                List.of("packages"),
                Api.post(
                                bare.path("/shipments"),
                                bare.token(),
                                Json.createObjectBuilder()
                                        .add("direction", "outbound")
                                        .add("customer_id", bareCustomer)
                                        .add(
                                                "lines",
                                                Json.createArrayBuilder()
                                                        .add(Shipments.line("PLAIN", null, null, "1", "P1")))
                                        .add("packages", Shipments.packages("P1"))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("gs1_company_prefix"),
                Api.put(
                                shop.path("/logistics/settings"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("gs1_company_prefix", "12AB")
                                        .build())
                        .fieldErrors());
        assertEquals(before, total());
        Api.get(shop.path("/shipments/" + java.util.UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void theListFiltersByDirectionStatusAndNumber() {
        String order = Shipments.sentOrder(shop, "PLAIN", "3");
        JsonObject in = Shipments.create(
                shop, Shipments.inbound(order, List.of(Shipments.line("PLAIN", null, null, "3", null))));
        List<JsonObject> inbound = Api.get(
                        shop.path("/shipments?direction=inbound&status=planned&per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(inbound.stream().anyMatch(s -> s.getString("id").equals(in.getString("id"))));
        assertTrue(inbound.stream().allMatch(s -> s.getString("direction").equals("inbound")));
        JsonObject byNumber = Api.get(shop.path("/shipments?q=" + in.getString("number")), shop.token())
                .expect(200)
                .json();
        assertEquals(1, byNumber.getInt("total"));
        assertEquals(
                List.of("status"),
                Api.get(shop.path("/shipments?status=lost"), shop.token()).fieldErrors());
    }

    private List<JsonObject> receipts(String order) {
        String body = Api.get(shop.path("/purchase-orders/" + order + "/receipts"), shop.token())
                .expect(200)
                .body();
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private long total() {
        return Api.get(shop.path("/shipments"), shop.token())
                .expect(200)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .collect(Collectors.toList());
    }

    private static boolean absent(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }
}
