package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Serial numbers: received one per unit accepted (in a lot, or numbered by the item's serial rule),
 * made by hand, unique per item, changed by hand and issued one unit at a time.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SerialNumberIT {

    private Shop shop;
    private UUID supplier;
    private String customer;

    @BeforeAll
    void arrange() {
        shop = Traces.shop("Serials");
        supplier = Buying.supplier(shop, "SERSUP");
        customer = Traces.customer(shop, "serial-customer");
        Traces.item(shop, "DRILL", false, true);
        Traces.item(shop, "SAW", false, true);
        Traces.item(shop, "PUMP", false, false);
    }

    @Test
    void aReceiptWithSerialNumbersMakesOnePerUnitInTheLot() {
        String order = Traces.sentOrder(shop, supplier, "DRILL", "3", null);
        JsonObject receipt = Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Traces.receipt("3", "DR-LOT", "V-1", List.of("DR-001", "DR-002", "DR-003"), null))
                .expect(201)
                .json();
        JsonObject lot = Traces.lot(shop, "DRILL", "DR-LOT");
        for (String number : List.of("DR-001", "DR-002", "DR-003")) {
            JsonObject listed = Traces.serial(shop, "DRILL", number);
            JsonObject serial = Api.get(shop.path("/serial-numbers/" + listed.getString("id")), shop.token())
                    .expect(200)
                    .json();
            assertEquals("available", serial.getString("status"));
            assertEquals(lot.getString("id"), serial.getString("lot_id"));
            assertEquals("V-1", serial.getString("supplier_lot"));
            assertEquals(receipt.getString("id"), serial.getString("receipt_id"));
            JsonObject movement = serial.getJsonArray("movements").getJsonObject(0);
            assertEquals("received", movement.getString("kind"));
            assertEquals(receipt.getString("number"), movement.getString("document_number"));
        }
        assertEquals(
                0, new BigDecimal("3").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
    }

    @Test
    void aSerialRuleNumbersTheUnitsOfAReceiptThatNamesNone() {
        Api.put(
                        shop.path("/traceability/numbering-rules/SAW"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "serial",
                                        Json.createObjectBuilder()
                                                .add("prefix", "SAW")
                                                .add("sequence_width", 5)
                                                .add("gs1", true))
                                .build())
                .expect(200);
        String order = Traces.sentOrder(shop, supplier, "SAW", "2", null);
        Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Traces.receipt("2", null, null, null, null))
                .expect(201);
        assertEquals("SAW00001", Traces.serial(shop, "SAW", "SAW00001").getString("number"));
        assertEquals("SAW00002", Traces.serial(shop, "SAW", "SAW00002").getString("number"));
        assertEquals(
                List.of("lines[0].serial_numbers[1]"),
                Api.post(
                                shop.path("/purchase-orders/" + Traces.sentOrder(shop, supplier, "SAW", "2", null)
                                        + "/receipts"),
                                shop.token(),
                                Traces.receipt("2", null, null, List.of("SAW-OK", "SAW#BAD"), null))
                        .fieldErrors());
    }

    @Test
    void aSerialTrackedItemWithoutRuleNeedsSerialNumbersOnReceipt() {
        Shop own = Traces.shop("Serial required");
        Traces.item(own, "LATHE", false, true);
        UUID vendor = Buying.supplier(own, "LATHES");
        String order = Traces.sentOrder(own, vendor, "LATHE", "1", null);
        assertEquals(
                List.of("lines[0].serial_numbers"),
                Api.post(
                                own.path("/purchase-orders/" + order + "/receipts"),
                                own.token(),
                                Traces.receipt("1", null, null, null, null))
                        .fieldErrors());
        assertEquals(
                0,
                Api.get(own.path("/serial-numbers"), own.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void aSerialNumberIsUniquePerItemAndIssuedOneUnitAtATime() {
        JsonObject made = Api.post(
                        shop.path("/serial-numbers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "PUMP")
                                .add("number", "P-100")
                                .build())
                .expect(201)
                .json();
        Api.post(
                        shop.path("/serial-numbers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "PUMP")
                                .add("number", "P-100")
                                .build())
                .expectProblem(409, "serial-number-taken");
        assertEquals(
                List.of("number"),
                Api.post(
                                shop.path("/serial-numbers"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("item_code", "PUMP")
                                        .build())
                        .fieldErrors());
        String id = made.getString("id");
        assertEquals(
                List.of("quantity"),
                Api.post(shop.path("/serial-numbers/" + id + "/issues"), shop.token(), Traces.issueBody(customer, "2"))
                        .fieldErrors());
        JsonObject issue = Api.post(
                        shop.path("/serial-numbers/" + id + "/issues"), shop.token(), Traces.issueBody(customer, null))
                .expect(201)
                .json();
        assertEquals("shipped", issue.getString("status"));
        Api.post(shop.path("/serial-numbers/" + id + "/issues"), shop.token(), Traces.issueBody(customer, null))
                .expectProblem(409, "invalid-transition");
        JsonObject recalled = Api.put(
                        shop.path("/serial-numbers/" + id),
                        shop.token(),
                        Json.createObjectBuilder().add("status", "recalled").build())
                .expect(200)
                .json();
        assertEquals("recalled", recalled.getString("status"));
        assertEquals(
                List.of("shipped"),
                recalled.getJsonArray("movements").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("kind"))
                        .toList());
    }

    @Test
    void issuingASerialNumberOfALotTakesOneUnitOutOfTheLot() {
        String lot = Traces.handLot(shop, "PUMP", "PL-1", "2").getString("id");
        String serial = Api.post(
                        shop.path("/serial-numbers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "PUMP")
                                .add("number", "PL-1-A")
                                .add("lot_id", lot)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(shop.path("/serial-numbers/" + serial + "/issues"), shop.token(), Traces.issueBody(customer, null))
                .expect(201);
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(Api.get(shop.path("/lots/" + lot), shop.token())
                        .expect(200)
                        .json()
                        .getJsonNumber("quantity")
                        .bigDecimalValue()));
        assertEquals(
                List.of("lot_id"),
                Api.post(
                                shop.path("/serial-numbers"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("item_code", "DRILL")
                                        .add("number", "X-1")
                                        .add("lot_id", lot)
                                        .build())
                        .fieldErrors());
    }
}
