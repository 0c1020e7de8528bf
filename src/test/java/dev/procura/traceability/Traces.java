package dev.procura.traceability;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Items, customers, receipts with lots, lots and issues made through the API for this package's tests. */
final class Traces {

    private Traces() {}

    /** A shop with the unit ea. */
    static Shop shop(String name) {
        Shop shop = Buying.shop(name);
        Production.unit(shop);
        return shop;
    }

    static void item(Shop shop, String code, boolean lotTracked, boolean serialTracked) {
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("description", "Item " + code)
                                .add("type", "purchased")
                                .add("base_unit", "ea")
                                .add("lot_tracked", lotTracked)
                                .add("serial_tracked", serialTracked)
                                .build())
                .expect(201);
    }

    static String customer(Shop shop, String code) {
        return Api.post(
                        shop.path("/customers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("legal_name", "Customer " + code)
                                .add("currency", "EUR")
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    static String plant(Shop shop, String code) {
        return Production.plant(shop, code);
    }

    /** A sent order of {@code quantity} of the item from the supplier, at the plant (null: none); its id. */
    static String sentOrder(Shop shop, UUID supplier, String itemCode, String quantity, String plant) {
        JsonObjectBuilder body =
                Buying.orderBody(supplier, Buying.lines(Buying.line(itemCode, quantity, "2.00", "20")));
        if (plant != null) {
            body.add("plant_id", plant);
        }
        String id = Api.post(shop.path("/purchase-orders"), shop.token(), body.build())
                .expect(201)
                .json()
                .getString("id");
        Buying.submitAndApprove(shop, id);
        Api.post(shop.path("/purchase-orders/" + id + "/send"), shop.token(), null)
                .expect(200);
        return id;
    }

    /** The body of a receipt of line 1 with the traceability fields given (null: left out). */
    static JsonObject receipt(String accepted, String lot, String supplierLot, List<String> serials, String expires) {
        JsonObjectBuilder line =
                Json.createObjectBuilder().add("line", 1).add("accepted_quantity", new BigDecimal(accepted));
        if (lot != null) {
            line.add("lot_number", lot);
        }
        if (supplierLot != null) {
            line.add("supplier_lot", supplierLot);
        }
        if (serials != null) {
            line.add("serial_numbers", Json.createArrayBuilder(serials));
        }
        if (expires != null) {
            line.add("expires_on", expires);
        }
        return Json.createObjectBuilder()
                .add("lines", Json.createArrayBuilder().add(line))
                .build();
    }

    /** Receives the quantity of the item from the supplier into the lot; the receipt. */
    static JsonObject receiveLot(
            Shop shop, UUID supplier, String itemCode, String quantity, String lot, String supplierLot) {
        String order = sentOrder(shop, supplier, itemCode, quantity, null);
        return Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        receipt(quantity, lot, supplierLot, null, null))
                .expect(201)
                .json();
    }

    /** The item's lot of that number, as listed. */
    static JsonObject lot(Shop shop, String itemCode, String number) {
        return Api.get(shop.path("/lots?per_page=100&item_code=" + itemCode + "&q=" + number), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getString("number").equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no lot " + number + " of " + itemCode));
    }

    static JsonObject serial(Shop shop, String itemCode, String number) {
        return Api.get(shop.path("/serial-numbers?per_page=100&item_code=" + itemCode + "&q=" + number), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getString("number").equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no serial number " + number + " of " + itemCode));
    }

    /** A lot made by hand; its answer. */
    static JsonObject handLot(Shop shop, String itemCode, String number, String quantity) {
        return Api.post(
                        shop.path("/lots"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", itemCode)
                                .add("number", number)
                                .add("quantity", new BigDecimal(quantity))
                                .build())
                .expect(201)
                .json();
    }

    static JsonObject issueBody(String customer, String quantity) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("customer_id", customer).add("reference", "DN-" + UUID.randomUUID());
        if (quantity != null) {
            body.add("quantity", new BigDecimal(quantity));
        }
        return body.build();
    }

    static JsonObject issueLot(Shop shop, String lotId, String customer, String quantity) {
        return Api.post(shop.path("/lots/" + lotId + "/issues"), shop.token(), issueBody(customer, quantity))
                .expect(201)
                .json();
    }

    static JsonArrayBuilder strings(String... values) {
        return Json.createArrayBuilder(List.of(values));
    }
}
