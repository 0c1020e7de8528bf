package dev.procura.traceability;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/** Work orders run through production's API, reporting what they consumed and produced. */
final class WorkOrders {

    private WorkOrders() {}

    /** A released work order for the item, at no plant; its answer (id, number). */
    static JsonObject released(Shop shop, String itemCode, String quantity) {
        JsonObject order = Production.workOrder(
                shop, null, Production.workOrderBody(itemCode, quantity, Production.operation(10, "MAKE", "WC", "30")));
        Api.post(
                        shop.path("/work-orders/" + order.getString("id") + "/release"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        return order;
    }

    static JsonObject component(String itemCode, String lot, String serial, String quantity) {
        JsonObjectBuilder c =
                Json.createObjectBuilder().add("item_code", itemCode).add("quantity", new BigDecimal(quantity));
        if (lot != null) {
            c.add("lot_number", lot);
        }
        if (serial != null) {
            c.add("serial_number", serial);
        }
        return c.build();
    }

    static void consume(Shop shop, JsonObject order, JsonObject... components) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObject c : components) {
            all.add(c);
        }
        Api.post(
                        shop.path("/work-orders/" + order.getString("id") + "/consumptions"),
                        shop.token(),
                        Json.createObjectBuilder().add("components", all).build())
                .expect(201);
    }

    static void output(Shop shop, JsonObject order, String good, String lot) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("good_quantity", new BigDecimal(good))
                .add("scrap_quantity", 0);
        if (lot != null) {
            body.add("lot_number", lot);
        }
        Api.post(shop.path("/work-orders/" + order.getString("id") + "/outputs"), shop.token(), body.build())
                .expect(201);
    }
}
