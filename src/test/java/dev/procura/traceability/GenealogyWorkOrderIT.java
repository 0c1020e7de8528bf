package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Genealogy through work orders: one lot consumed into several products and products made from
 * several lots (whichever of consumption and output was reported first), a rework cycle that ends
 * with each edge once, the depth limit, and a recall of a supplier lot through a work order to the
 * customer.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenealogyWorkOrderIT {

    private Shop shop;
    private final Map<String, String> lotIds = new HashMap<>();

    @BeforeAll
    void arrange() {
        shop = Traces.shop("Genealogy work orders");
        for (String item : List.of("RESIN", "HARDENER", "PANEL", "FRAME", "KIT", "C0", "C1", "C2", "C3")) {
            Traces.item(shop, item, false, false);
        }
    }

    private String lot(String item, String number, String quantity) {
        String id = Traces.handLot(shop, item, number, quantity).getString("id");
        lotIds.put(number, id);
        return id;
    }

    private String id(String item, String number) {
        return lotIds.computeIfAbsent(number, n -> Traces.lot(shop, item, n).getString("id"));
    }

    private JsonObject genealogy(String query) {
        return Api.get(shop.path("/traceability/genealogy?" + query), shop.token())
                .expect(200)
                .json();
    }

    /** Edges as "from>to", unit ids replaced by lot numbers. */
    private Set<String> edges(JsonObject graph) {
        Map<String, String> numbers = graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(n -> n.getString("id"), n -> n.getString("number")));
        return graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> numbers.get(e.getString("from")) + ">" + numbers.get(e.getString("to")))
                .collect(Collectors.toSet());
    }

    private static List<String> edgeList(JsonObject graph) {
        return graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("from") + ">" + e.getString("to"))
                .toList();
    }

    @Test
    void lotsConsumedIntoSeveralProductsAndProductsOfSeveralLots() {
        lot("RESIN", "RS-1", "10");
        lot("RESIN", "RS-2", "10");
        lot("HARDENER", "HD-1", "10");
        JsonObject first = WorkOrders.released(shop, "PANEL", "5");
        WorkOrders.consume(
                shop,
                first,
                WorkOrders.component("RESIN", "RS-1", null, "4"),
                WorkOrders.component("HARDENER", "HD-1", null, "2"));
        WorkOrders.output(shop, first, "5", "PN-1");
        JsonObject second = WorkOrders.released(shop, "PANEL", "4");
        WorkOrders.output(shop, second, "4", "PN-2");
        WorkOrders.consume(
                shop,
                second,
                WorkOrders.component("RESIN", "RS-1", null, "3"),
                WorkOrders.component("RESIN", "RS-2", null, "5"));

        assertEquals(Set.of("RS-1>PN-1", "RS-1>PN-2"), edges(genealogy("lot=RS-1&direction=forward")));
        assertEquals(Set.of("RS-1>PN-2", "RS-2>PN-2"), edges(genealogy("lot=PN-2&direction=backward")));
        assertEquals(Set.of("RS-1>PN-1", "HD-1>PN-1"), edges(genealogy("lot=PN-1&direction=backward")));
        JsonObject graph = genealogy("lot=PN-2&direction=backward");
        JsonObject fromRs2 = graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("from").equals(id("RESIN", "RS-2")))
                .findFirst()
                .orElseThrow();
        assertEquals(
                0,
                new BigDecimal("5").compareTo(fromRs2.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("work_order", fromRs2.getJsonObject("document").getString("type"));
        assertEquals(second.getString("id"), fromRs2.getJsonObject("document").getString("id"));
        JsonObject rs1 = Api.get(shop.path("/lots/" + id("RESIN", "RS-1")), shop.token())
                .expect(200)
                .json();
        assertEquals(
                0, new BigDecimal("3").compareTo(rs1.getJsonNumber("quantity").bigDecimalValue()));
    }

    @Test
    void aReworkCycleEndsAndShowsEachEdgeOnce() {
        lot("FRAME", "FR-A", "2");
        JsonObject make = WorkOrders.released(shop, "KIT", "2");
        WorkOrders.consume(shop, make, WorkOrders.component("FRAME", "FR-A", null, "2"));
        WorkOrders.output(shop, make, "2", "KT-B");
        JsonObject rework = WorkOrders.released(shop, "FRAME", "2");
        WorkOrders.consume(shop, rework, WorkOrders.component("KIT", "KT-B", null, "2"));
        WorkOrders.output(shop, rework, "2", "FR-A");

        for (String direction : List.of("forward", "backward", "both")) {
            JsonObject graph = genealogy("lot=FR-A&depth=50&direction=" + direction);
            assertEquals(Set.of("FR-A>KT-B", "KT-B>FR-A"), edges(graph), direction);
            assertEquals(2, edgeList(graph).size(), direction);
            assertEquals(2, graph.getJsonArray("nodes").size(), direction);
        }
        JsonObject frame = Api.get(shop.path("/lots/" + id("FRAME", "FR-A")), shop.token())
                .expect(200)
                .json();
        assertEquals("available", frame.getString("status"));
    }

    @Test
    void theDepthLimitsHowManyLinksAreFollowed() {
        lot("C0", "CH-0", "1");
        for (int i = 1; i <= 3; i++) {
            JsonObject order = WorkOrders.released(shop, "C" + i, "1");
            WorkOrders.consume(shop, order, WorkOrders.component("C" + (i - 1), "CH-" + (i - 1), null, "1"));
            WorkOrders.output(shop, order, "1", "CH-" + i);
        }
        assertEquals(Set.of("CH-0>CH-1", "CH-1>CH-2"), edges(genealogy("lot=CH-0&direction=forward&depth=2")));
        assertEquals(Set.of("CH-0>CH-1", "CH-1>CH-2", "CH-2>CH-3"), edges(genealogy("lot=CH-0&direction=forward")));
        assertEquals(Set.of("CH-2>CH-3"), edges(genealogy("lot=CH-3&direction=backward&depth=1")));
        JsonObject consumed = Api.get(shop.path("/lots/" + id("C0", "CH-0")), shop.token())
                .expect(200)
                .json();
        assertEquals("consumed", consumed.getString("status"));
    }

    @Test
    void aSupplierLotIsRecalledThroughTheWorkOrderToTheCustomer() {
        Shop own = Traces.shop("Recall through production");
        Traces.item(own, "GRAIN", false, false);
        Traces.item(own, "BREAD", false, false);
        UUID farm = Buying.supplier(own, "FARM");
        String customer = Traces.customer(own, "bakery-shop");
        Traces.receiveLot(own, farm, "GRAIN", "10", "GR-1", "FIELD-9");
        JsonObject order = WorkOrders.released(own, "BREAD", "6");
        WorkOrders.consume(own, order, WorkOrders.component("GRAIN", "GR-1", null, "8"));
        WorkOrders.output(own, order, "6", "BR-1");
        Traces.issueLot(own, Traces.lot(own, "BREAD", "BR-1").getString("id"), customer, "4");

        JsonObject recall = Api.post(
                        own.path("/traceability/recall-simulations"),
                        own.token(),
                        jakarta.json.Json.createObjectBuilder()
                                .add("supplier_lot", "FIELD-9")
                                .build())
                .expect(201)
                .json()
                .getJsonObject("result");
        assertEquals(
                Set.of("GR-1", "BR-1"),
                recall.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                        .map(u -> u.getString("number"))
                        .collect(Collectors.toSet()));
        assertEquals(
                order.getString("id"),
                recall.getJsonArray("work_orders").getJsonObject(0).getString("id"));
        assertEquals(customer, recall.getJsonArray("customers").getJsonObject(0).getString("id"));
        assertEquals(
                0, new BigDecimal("4").compareTo(recall.getJsonNumber("shipped").bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("4").compareTo(recall.getJsonNumber("in_stock").bigDecimalValue()));
    }
}
