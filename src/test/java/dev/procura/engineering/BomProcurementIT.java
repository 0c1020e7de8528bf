package dev.procura.engineering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * "Buy the BOM's buy lines" in one action. The BOM: a FRAME (make) of 8 SCREW and 2 GASKET, and at
 * the top 4 SCREW and 1 MOTOR. For 2 projects: SCREW 2 × 8 + 2 × 4 = 24 (default supplier A, 0.25
 * EUR), GASKET 4 (supplier B, 1.10 EUR), MOTOR 2 (no default supplier).
 */
@MicroShedTest
class BomProcurementIT {

    private record Setup(Engineering t, UUID supplierA, UUID supplierB) {}

    private static Setup ready(String name) {
        Engineering t = Engineering.ready(name);
        UUID a = Buying.supplier(t.shop(), "ENG-A");
        UUID b = Buying.supplier(t.shop(), "ENG-B");
        item(t, "SCREW", "0.25", a);
        item(t, "GASKET", "1.10", b);
        String frame = t.addLine(Engineering.line(null, "FRAME", "1", "ea", "make"));
        t.addLine(Engineering.line(frame, "SCREW", "8", "ea", "buy"));
        t.addLine(Engineering.line(frame, "GASKET", "2", "ea", "buy"));
        t.addLine(Engineering.line(null, "SCREW", "4", "ea", "buy"));
        t.addLine(Engineering.line(null, "MOTOR", "1", "ea", "buy"));
        return new Setup(t, a, b);
    }

    private static void item(Engineering t, String code, String cost, UUID supplier) {
        Api.post(
                        t.shop().path("/items"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("description", "Item " + code)
                                .add("type", "purchased")
                                .add("base_unit", "ea")
                                .add("default_supplier_id", supplier.toString())
                                .add(
                                        "standard_cost",
                                        Json.createObjectBuilder()
                                                .add("amount", new BigDecimal(cost))
                                                .add("currency", "EUR"))
                                .build())
                .expect(201);
    }

    private static JsonObject procure(Engineering t, String kind) {
        return Api.post(
                        t.path("/bom/procurement"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("kind", kind)
                                .add("quantity", 2)
                                .add("currency", "EUR")
                                .add("cost_center", "IT")
                                .build())
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
    void purchaseOrdersAreDraftedPerDefaultSupplierAndNeedsWithoutOneAreReported() {
        Setup s = ready("BOM orders");
        JsonObject result = procure(s.t(), "purchase_order");
        List<JsonObject> created = result.getJsonArray("created").getValuesAs(JsonObject.class);
        assertEquals(2, created.size(), result.toString());
        Map<String, JsonObject> bySupplier = created.stream()
                .collect(Collectors.toMap(c -> c.getJsonArray("supplier_ids").getString(0), Function.identity()));
        JsonObject screws = Api.get(
                        s.t().shop()
                                .path("/purchase-orders/"
                                        + bySupplier
                                                .get(s.supplierA().toString())
                                                .getString("id")),
                        s.t().shop().token())
                .expect(200)
                .json();
        assertEquals("draft", screws.getString("status"));
        assertEquals(s.supplierA().toString(), screws.getString("supplier_id"));
        assertTrue(screws.getString("notes").contains("PRJ-1"), "the order names the project");
        List<JsonObject> lines = screws.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(1, lines.size(), "both SCREW lines make one order line");
        assertEquals("SCREW", lines.get(0).getString("item_code"));
        assertAmount("24", lines.get(0), "quantity");
        assertAmount("0.25", lines.get(0), "unit_price");
        JsonObject gaskets = Api.get(
                        s.t().shop()
                                .path("/purchase-orders/"
                                        + bySupplier
                                                .get(s.supplierB().toString())
                                                .getString("id")),
                        s.t().shop().token())
                .expect(200)
                .json();
        assertEquals("GASKET", gaskets.getJsonArray("lines").getJsonObject(0).getString("item_code"));
        assertAmount("4", gaskets.getJsonArray("lines").getJsonObject(0), "quantity");

        List<JsonObject> unbought = result.getJsonArray("unbought").getValuesAs(JsonObject.class);
        assertEquals(1, unbought.size());
        assertEquals("MOTOR", unbought.get(0).getString("item_code"));
        assertAmount("2", unbought.get(0), "quantity");
        assertEquals("no default supplier", unbought.get(0).getString("reason"));
    }

    @Test
    void oneRfqInvitesTheDefaultSuppliersForEveryNeed() {
        Setup s = ready("BOM RFQ");
        JsonObject result = procure(s.t(), "rfq");
        List<JsonObject> created = result.getJsonArray("created").getValuesAs(JsonObject.class);
        assertEquals(1, created.size());
        assertTrue(result.getJsonArray("unbought").isEmpty());
        JsonObject rfq = Api.get(
                        s.t().shop().path("/rfqs/" + created.get(0).getString("id")),
                        s.t().shop().token())
                .expect(200)
                .json();
        assertTrue(rfq.getString("title").contains("PRJ-1"));
        assertEquals(
                List.of(s.supplierA().toString(), s.supplierB().toString()).stream()
                        .sorted()
                        .toList(),
                rfq.getJsonArray("supplier_ids").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .sorted()
                        .toList());
        Map<String, BigDecimal> quantities = rfq.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        l -> l.getString("item_code"),
                        l -> l.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(
                List.of("GASKET", "MOTOR", "SCREW"),
                quantities.keySet().stream().sorted().toList());
        assertEquals(0, new BigDecimal("24").compareTo(quantities.get("SCREW")));
        assertEquals(0, new BigDecimal("2").compareTo(quantities.get("MOTOR")));
    }

    @Test
    void aBadProcurementIsRefusedAndDraftsNothing() {
        Setup s = ready("BOM procurement bad input");
        assertEquals(
                List.of("cost_center"),
                Api.post(
                                s.t().path("/bom/procurement"),
                                s.t().shop().token(),
                                Json.createObjectBuilder()
                                        .add("kind", "purchase_order")
                                        .add("currency", "EUR")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("currency", "kind", "quantity"),
                Api.post(
                                s.t().path("/bom/procurement"),
                                s.t().shop().token(),
                                Json.createObjectBuilder()
                                        .add("kind", "tender")
                                        .add("quantity", -1)
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                0,
                Api.get(s.t().shop().path("/purchase-orders"), s.t().shop().token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }
}
