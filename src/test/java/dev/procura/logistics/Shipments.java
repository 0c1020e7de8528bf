package dev.procura.logistics;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Shops, items, lots, orders and shipments made through the API for this package's tests. */
final class Shipments {

    static final String PREFIX = "9506000";

    private Shipments() {}

    /** A shop with the unit ea, the type list carrier (dhl, ups) and GS1 company prefix 9506000. */
    static Shop shop(String name) {
        Shop shop = Buying.shop(name);
        Production.unit(shop);
        Production.typeList(shop, "carrier", "dhl", "ups");
        Api.put(
                        shop.path("/logistics/settings"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("gs1_company_prefix", PREFIX)
                                .add("digital_link_base", "https://id.example.com")
                                .build())
                .expect(200);
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

    /** A lot made by hand at the plant (null: none); its answer. */
    static JsonObject lot(Shop shop, String itemCode, String number, String quantity, String plant) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("item_code", itemCode)
                .add("number", number)
                .add("quantity", new BigDecimal(quantity));
        if (plant != null) {
            body.add("plant_id", plant);
        }
        return Api.post(shop.path("/lots"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    /** A sent order of {@code quantity} of the item from a new supplier; its id. */
    static String sentOrder(Shop shop, String itemCode, String quantity) {
        UUID supplier =
                Buying.supplier(shop, "SUP-" + UUID.randomUUID().toString().substring(0, 8));
        String id = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line(itemCode, quantity, "2.00", "20")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Buying.submitAndApprove(shop, id);
        Api.post(shop.path("/purchase-orders/" + id + "/send"), shop.token(), null)
                .expect(200);
        return id;
    }

    static JsonObject line(String item, String lot, String serial, String quantity, String pkg) {
        JsonObjectBuilder line =
                Json.createObjectBuilder().add("item_code", item).add("quantity", new BigDecimal(quantity));
        if (lot != null) {
            line.add("lot_number", lot);
        }
        if (serial != null) {
            line.add("serial_number", serial);
        }
        if (pkg != null) {
            line.add("package_number", pkg);
        }
        return line.build();
    }

    static JsonArrayBuilder packages(String... numbers) {
        JsonArrayBuilder packages = Json.createArrayBuilder();
        for (String number : numbers) {
            packages.add(Json.createObjectBuilder().add("number", number).add("weight_kg", 12.5));
        }
        return packages;
    }

    static JsonObjectBuilder outbound(String customer, List<JsonObject> lines, String... packageNumbers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(array::add);
        return Json.createObjectBuilder()
                .add("direction", "outbound")
                .add("customer_id", customer)
                .add("carrier", "dhl")
                .add("tracking_number", "TRK-" + UUID.randomUUID().toString().substring(0, 8))
                .add("lines", array)
                .add("packages", packages(packageNumbers));
    }

    static JsonObjectBuilder inbound(String order, List<JsonObject> lines, String... packageNumbers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        lines.forEach(array::add);
        return Json.createObjectBuilder()
                .add("direction", "inbound")
                .add("purchase_order_id", order)
                .add("carrier", "ups")
                .add("lines", array)
                .add("packages", packages(packageNumbers));
    }

    static JsonObject create(Shop shop, JsonObjectBuilder body) {
        return Api.post(shop.path("/shipments"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    static JsonObject act(Shop shop, String shipment, String action) {
        return Api.post(shop.path("/shipments/" + shipment + "/" + action), shop.token(), null)
                .expect(200)
                .json();
    }

    static JsonObject scanBody(String code, String context) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("context", context)
                .add("at", Instant.now().minusSeconds(5).toString())
                .build();
    }

    static String sscc(JsonObject shipment, int index) {
        return shipment.getJsonArray("packages").getJsonObject(index).getString("sscc");
    }
}
