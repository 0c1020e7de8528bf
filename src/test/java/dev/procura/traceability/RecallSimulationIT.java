package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Recall simulations of a supplier lot, a lot and a serial number: every affected unit with what
 * is in stock and what was shipped, the issues and customers reached; saved and listed; quarantine
 * takes the affected available stock out at once, and a second call changes nothing.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecallSimulationIT {

    private Shop shop;
    private UUID supplier;
    private UUID otherSupplier;
    private String customer;

    @BeforeAll
    void arrange() {
        shop = Traces.shop("Recalls");
        supplier = Buying.supplier(shop, "PEANUTS");
        otherSupplier = Buying.supplier(shop, "ALMONDS");
        customer = Traces.customer(shop, "recall-customer");
        Traces.item(shop, "NUTS", false, false);
        Traces.item(shop, "MIX", false, false);
        Traces.item(shop, "CHIP", false, true);
    }

    private static JsonObject recall(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build();
    }

    private static Set<String> numbers(JsonObject result) {
        return result.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("number"))
                .collect(Collectors.toSet());
    }

    @Test
    void aSupplierLotRecallFindsEveryLotItCameInWithWhatIsInStockAndShipped() {
        Traces.receiveLot(shop, supplier, "NUTS", "10", "NU-1", "PN-2026-7");
        Traces.receiveLot(shop, supplier, "MIX", "6", "MX-1", "PN-2026-7");
        Traces.receiveLot(shop, otherSupplier, "NUTS", "9", "NU-2", "PN-2026-7");
        Traces.receiveLot(shop, supplier, "NUTS", "3", "NU-3", "PN-2026-8");
        String nu1 = Traces.lot(shop, "NUTS", "NU-1").getString("id");
        JsonObject issue = Traces.issueLot(shop, nu1, customer, "4");

        JsonObject made = Api.post(
                        shop.path("/traceability/recall-simulations"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("supplier_lot", "PN-2026-7")
                                .add("supplier_id", supplier.toString())
                                .build())
                .expect(201)
                .json();
        JsonObject result = made.getJsonObject("result");
        assertEquals(Set.of("NU-1", "MX-1"), numbers(result));
        assertEquals(
                0,
                new BigDecimal("12").compareTo(result.getJsonNumber("in_stock").bigDecimalValue()));
        assertEquals(
                0, new BigDecimal("4").compareTo(result.getJsonNumber("shipped").bigDecimalValue()));
        JsonObject reached = result.getJsonArray("issues").getJsonObject(0);
        assertEquals(issue.getString("id"), reached.getString("id"));
        assertEquals(customer, reached.getString("customer_id"));
        JsonObject who = result.getJsonArray("customers").getJsonObject(0);
        assertEquals("recall-customer", who.getString("code"));
        assertEquals(
                0, new BigDecimal("4").compareTo(who.getJsonNumber("shipped").bigDecimalValue()));
        assertEquals("PN-2026-7", made.getJsonObject("criteria").getString("supplier_lot"));

        assertEquals(
                Set.of("NU-1", "MX-1", "NU-2"),
                numbers(Api.post(
                                shop.path("/traceability/recall-simulations"),
                                shop.token(),
                                recall("supplier_lot", "PN-2026-7"))
                        .expect(201)
                        .json()
                        .getJsonObject("result")));

        String id = made.getString("id");
        assertEquals(
                result,
                Api.get(shop.path("/traceability/recall-simulations/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("result"));
        assertTrue(Api.get(shop.path("/traceability/recall-simulations?per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(r -> r.getString("id").equals(id)));
    }

    @Test
    void quarantineTakesTheAffectedAvailableStockOutOnceAndIsAudited() {
        Traces.receiveLot(shop, supplier, "NUTS", "5", "NU-Q1", "PN-Q");
        Traces.receiveLot(shop, supplier, "MIX", "5", "MX-Q1", "PN-Q");
        String shippedLot = Traces.lot(shop, "MIX", "MX-Q1").getString("id");
        Traces.issueLot(shop, shippedLot, customer, "5");
        String id = Api.post(
                        shop.path("/traceability/recall-simulations"), shop.token(), recall("supplier_lot", "PN-Q"))
                .expect(201)
                .json()
                .getString("id");

        JsonObject first = Api.post(
                        shop.path("/traceability/recall-simulations/" + id + "/quarantine"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals(
                List.of("NU-Q1"),
                first.getJsonArray("quarantined").getValuesAs(JsonObject.class).stream()
                        .map(u -> u.getString("number"))
                        .toList());
        assertEquals("quarantined", Traces.lot(shop, "NUTS", "NU-Q1").getString("status"));
        assertEquals("shipped", Traces.lot(shop, "MIX", "MX-Q1").getString("status"));
        JsonObject second = Api.post(
                        shop.path("/traceability/recall-simulations/" + id + "/quarantine"), shop.token(), null)
                .expect(200)
                .json();
        assertTrue(second.getJsonArray("quarantined").isEmpty());
        assertFalse(Api.get(shop.path("/traceability/recall-simulations/" + id), shop.token())
                .expect(200)
                .json()
                .isNull("quarantined_at"));
        Await.until(
                "recall.quarantined on the audit trail once",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/logs?action=recall.quarantined"), shop.token())
                                .expect(200)
                                .json()
                                .getInt("total")
                        == 1);
    }

    @Test
    void aSerialNumberRecallFindsTheUnitAndALotRecallItsSerialNumbers() {
        String order = Traces.sentOrder(shop, supplier, "CHIP", "2", null);
        Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Traces.receipt("2", "CH-LOT", null, List.of("CH-1", "CH-2"), null))
                .expect(201);
        assertEquals(
                Set.of("CH-1"),
                numbers(Api.post(shop.path("/traceability/recall-simulations"), shop.token(), recall("serial", "CH-1"))
                        .expect(201)
                        .json()
                        .getJsonObject("result")));
        assertEquals(
                Set.of("CH-LOT", "CH-1", "CH-2"),
                numbers(Api.post(shop.path("/traceability/recall-simulations"), shop.token(), recall("lot", "CH-LOT"))
                        .expect(201)
                        .json()
                        .getJsonObject("result")));
    }

    @Test
    void aRecallNamesExactlyOneOfLotSerialAndSupplierLot() {
        assertEquals(
                List.of("lot"),
                Api.post(
                                shop.path("/traceability/recall-simulations"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("lot", "A")
                                        .add("serial", "B")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("lot"),
                Api.post(
                                shop.path("/traceability/recall-simulations"),
                                shop.token(),
                                Json.createObjectBuilder().build())
                        .fieldErrors());
        Api.post(shop.path("/traceability/recall-simulations"), shop.token(), recall("lot", "NO-SUCH"))
                .expectProblem(404, "not-found");
        Api.get(shop.path("/traceability/recall-simulations/" + UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
    }
}
