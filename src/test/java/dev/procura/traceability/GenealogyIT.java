package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Genealogy at its ends: a received lot's root is the receipt from its supplier, an issued lot's
 * leaf the issue to its customer; each direction shows its side only; bad queries are refused.
 * (Work-order links: {@link GenealogyWorkOrderIT}.)
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenealogyIT {

    private Shop shop;
    private UUID supplier;
    private String customer;
    private JsonObject receipt;
    private String lotId;
    private JsonObject issue;

    @BeforeAll
    void arrange() {
        shop = Traces.shop("Genealogy ends");
        supplier = Buying.supplier(shop, "GENSUP");
        customer = Traces.customer(shop, "gen-customer");
        Traces.item(shop, "HONEY", true, false);
        Traces.item(shop, "WAX", false, false);
        receipt = Traces.receiveLot(shop, supplier, "HONEY", "12", "HO-1", "HIVE-3");
        lotId = Traces.lot(shop, "HONEY", "HO-1").getString("id");
        issue = Traces.issueLot(shop, lotId, customer, "5");
        Traces.handLot(shop, "WAX", "HO-1", "1");
    }

    private JsonObject genealogy(String query) {
        return Api.get(shop.path("/traceability/genealogy?" + query), shop.token())
                .expect(200)
                .json();
    }

    private static Set<String> edges(JsonObject graph) {
        return graph.getJsonArray("edges").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("from") + ">" + e.getString("to") + "@"
                        + e.getJsonObject("document").getString("type"))
                .collect(Collectors.toSet());
    }

    private static JsonObject node(JsonObject graph, String id) {
        return graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + graph));
    }

    @Test
    void backwardEndsAtTheReceiptFromTheSupplier() {
        JsonObject graph = genealogy("lot=HO-1&item_code=HONEY&direction=backward");
        assertEquals(Set.of(supplier + ">" + lotId + "@receipt"), edges(graph));
        JsonObject edge = graph.getJsonArray("edges").getJsonObject(0);
        assertEquals(receipt.getString("number"), edge.getJsonObject("document").getString("number"));
        assertEquals(receipt.getString("id"), edge.getJsonObject("document").getString("id"));
        assertEquals(
                0, new BigDecimal("12").compareTo(edge.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("supplier", node(graph, supplier.toString()).getString("kind"));
        assertEquals("GENSUP", node(graph, supplier.toString()).getString("number"));
    }

    @Test
    void forwardEndsAtTheIssueToTheCustomer() {
        JsonObject graph = genealogy("lot=HO-1&item_code=HONEY&direction=forward");
        assertEquals(Set.of(lotId + ">" + customer + "@issue"), edges(graph));
        JsonObject edge = graph.getJsonArray("edges").getJsonObject(0);
        assertEquals(issue.getString("number"), edge.getJsonObject("document").getString("number"));
        assertEquals(
                0, new BigDecimal("5").compareTo(edge.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("customer", node(graph, customer).getString("kind"));
    }

    @Test
    void bothShowTheLotWithItsQuantitiesBetweenSupplierAndCustomer() {
        JsonObject graph = genealogy("lot=HO-1&item_code=HONEY");
        assertEquals("both", graph.getString("direction"));
        assertEquals(10, graph.getInt("depth"));
        assertEquals(lotId, graph.getString("start"));
        assertEquals(Set.of(supplier + ">" + lotId + "@receipt", lotId + ">" + customer + "@issue"), edges(graph));
        JsonObject lot = node(graph, lotId);
        assertEquals("lot", lot.getString("kind"));
        assertEquals("HONEY", lot.getString("item_code"));
        assertEquals("available", lot.getString("status"));
        assertEquals(
                0, new BigDecimal("7").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(
                0, new BigDecimal("12").compareTo(lot.getJsonNumber("received").bigDecimalValue()));
        assertEquals(
                0, new BigDecimal("5").compareTo(lot.getJsonNumber("shipped").bigDecimalValue()));
    }

    @Test
    void badQueriesAreRefused() {
        assertEquals(
                List.of("item_code"),
                Api.get(shop.path("/traceability/genealogy?lot=HO-1"), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("lot"),
                Api.get(shop.path("/traceability/genealogy?lot=HO-1&serial=S-1"), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("direction"),
                Api.get(shop.path("/traceability/genealogy?lot=HO-1&item_code=HONEY&direction=up"), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("depth"),
                Api.get(shop.path("/traceability/genealogy?lot=HO-1&item_code=HONEY&depth=51"), shop.token())
                        .fieldErrors());
        Api.get(shop.path("/traceability/genealogy?lot=NOPE"), shop.token()).expectProblem(404, "not-found");
    }
}
