package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * An order in boxes, received in each and invoiced in boxes (then in each) reconciles through the
 * item's own conversion (1 box = 12 ea); units that do not convert are a clear 400.
 */
@MicroShedTest
class ItemReconciliationIT {

    private static JsonObject line(String item, String quantity, String unit, String price) {
        return Json.createObjectBuilder()
                .add("item_code", item)
                .add("quantity", new BigDecimal(quantity))
                .add("unit", unit)
                .add("unit_price", new BigDecimal(price))
                .add("tax_rate", 20)
                .build();
    }

    private static JsonObject receipt(String quantity, String unit) {
        JsonArrayBuilder lines = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("line", 1)
                        .add("accepted_quantity", new BigDecimal(quantity))
                        .add("unit", unit));
        return Json.createObjectBuilder().add("lines", lines).build();
    }

    private static JsonObject invoice(String orderId, String number, JsonObject line) {
        return Json.createObjectBuilder()
                .add("purchase_order_id", orderId)
                .add("supplier_invoice_number", number)
                .add("currency", "EUR")
                .add("invoice_date", LocalDate.now(ZoneOffset.UTC).toString())
                .add("lines", Json.createArrayBuilder().add(line))
                .build();
    }

    @Test
    void anOrderInBoxesReceivedInEachAndInvoicedInBoxesReconciles() {
        Shop shop = Buying.shop("Units reconcile");
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "box", "count", 0);
        Masters.unit(shop, "kg", "mass", 3);
        Masters.item(
                shop,
                Masters.itemBody("GLOVES", "ea")
                        .add("conversions", Masters.conversions("box", "12"))
                        .build());
        UUID supplier = Buying.supplier(shop, "ACME");
        String orderId = Buying.sentOrder(
                        shop, supplier, Json.createArrayBuilder().add(line("GLOVES", "2", "box", "120")))
                .getString("id");

        JsonObject received = Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"), shop.token(), receipt("24", "ea"))
                .expect(201)
                .json();
        assertEquals(
                0,
                new BigDecimal("2")
                        .compareTo(received.getJsonArray("lines")
                                .getJsonObject(0)
                                .getJsonNumber("accepted_quantity")
                                .bigDecimalValue()),
                received.toString());
        assertEquals(
                "received",
                Api.get(shop.path("/purchase-orders/" + orderId), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));

        JsonObject inBoxes = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        invoice(orderId, "ACME-1", line("GLOVES", "1", "box", "120")))
                .expect(201)
                .json();
        assertEquals("matched", inBoxes.getString("status"), inBoxes.toString());
        // 12 ea at 10.00 each is the second box at the ordered 120.00 per box
        JsonObject inEach = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        invoice(orderId, "ACME-2", line("GLOVES", "12", "ea", "10")))
                .expect(201)
                .json();
        assertEquals("matched", inEach.getString("status"), inEach.toString());
        // Both boxes are billed: a third one is more than was received
        JsonObject third = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        invoice(orderId, "ACME-3", line("GLOVES", "12", "ea", "10")))
                .expect(201)
                .json();
        assertEquals("mismatch", third.getString("status"), third.toString());
        assertEquals(
                "quantity", third.getJsonArray("mismatches").getJsonObject(0).getString("field"), third.toString());
    }

    @Test
    void unitsThatDoNotConvertAreRefused() {
        Shop shop = Buying.shop("Units refuse");
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "box", "count", 0);
        Masters.unit(shop, "kg", "mass", 3);
        Masters.item(
                shop,
                Masters.itemBody("GLOVES", "ea")
                        .add("conversions", Masters.conversions("box", "12"))
                        .build());
        UUID supplier = Buying.supplier(shop, "ACME");
        String orderId = Buying.sentOrder(
                        shop, supplier, Json.createArrayBuilder().add(line("GLOVES", "2", "box", "120")))
                .getString("id");
        JsonObject refused = Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"), shop.token(), receipt("3", "kg"))
                .expectProblem(400, "unit-not-convertible");
        assertEquals("kg", refused.getString("from"));
        assertEquals("box", refused.getString("to"));
        assertEquals("GLOVES", refused.getString("item_code"));
        Api.post(shop.path("/invoices"), shop.token(), invoice(orderId, "ACME-9", line("GLOVES", "1", "kg", "120")))
                .expectProblem(400, "unit-not-convertible");
        // Lines in the order's own unit, or without one, behave as before
        Api.post(shop.path("/purchase-orders/" + orderId + "/receipts"), shop.token(), receipt("1", "box"))
                .expect(201);
        JsonObject plain = Api.post(
                        shop.path("/purchase-orders/" + orderId + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "lines",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 1)
                                                        .add("accepted_quantity", 1)))
                                .build())
                .expect(201)
                .json();
        assertEquals("received", plain.getString("order_status"), plain.toString());
        JsonObject noUnit = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        invoice(
                                orderId,
                                "ACME-10",
                                Json.createObjectBuilder()
                                        .add("item_code", "GLOVES")
                                        .add("quantity", 2)
                                        .add("unit_price", 120)
                                        .add("tax_rate", 20)
                                        .build()))
                .expect(201)
                .json();
        assertEquals("matched", noUnit.getString("status"), noUnit.toString());
        assertEquals("box", noUnit.getJsonArray("lines").getJsonObject(0).getString("unit"));
    }
}
