package dev.procura.quality;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Items, defect codes, plans and received goods made through the API for the quality tests. */
final class Quality {

    private Quality() {}

    /** A shop with the unit ea, the items SHAFT and PLATE, and the type list defect_code (burr, scratch, dent). */
    static Shop shop(String name) {
        Shop shop = Buying.shop(name);
        Production.unit(shop);
        item(shop, "SHAFT");
        item(shop, "PLATE");
        Production.typeList(shop, "defect_code", "burr", "scratch", "dent");
        return shop;
    }

    /** The item's id. */
    static String item(Shop shop, String code) {
        return Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("description", "Item " + code)
                                .add("type", "purchased")
                                .add("base_unit", "ea")
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObjectBuilder variable(String code, String lower, String nominal, String upper, int sampleSize) {
        JsonObjectBuilder c = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Characteristic " + code)
                .add("kind", "variable")
                .add("unit", "mm")
                .add("method", "Micrometer")
                .add("sample_size", sampleSize)
                .add("frequency", "every receipt");
        if (lower != null) {
            c.add("lower_spec", new BigDecimal(lower));
        }
        if (nominal != null) {
            c.add("nominal", new BigDecimal(nominal));
        }
        if (upper != null) {
            c.add("upper_spec", new BigDecimal(upper));
        }
        return c;
    }

    static JsonObjectBuilder attribute(String code, String... defects) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Characteristic " + code)
                .add("kind", "attribute")
                .add("method", "Visual")
                .add("every_n_units", 50)
                .add("defect_codes", Json.createArrayBuilder(List.of(defects)));
    }

    static JsonObjectBuilder planBody(
            String item, String scope, String operation, JsonObjectBuilder... characteristics) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder c : characteristics) {
            all.add(c);
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("item_code", item)
                .add("scope", scope)
                .add("name", item + " at " + scope)
                .add("characteristics", all);
        if (operation != null) {
            body.add("operation", operation);
        }
        return body;
    }

    /** The receipt plan of SHAFT: DIA 19.9 < 20 < 20.1 in subgroups of 2, and FIN (burr, scratch). */
    static JsonObject shaftReceiptPlan(Shop shop) {
        return Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        planBody(
                                        "SHAFT",
                                        "receipt",
                                        null,
                                        variable("DIA", "19.9", "20", "20.1", 2),
                                        attribute("FIN", "burr", "scratch"))
                                .build())
                .expect(201)
                .json();
    }

    /** A sent order of {@code quantity} SHAFT (and 5 PLATE) at the plant (null: none); its id. */
    static String sentOrder(Shop shop, UUID supplier, String quantity, String plant) {
        JsonObjectBuilder body = Buying.orderBody(
                supplier,
                Buying.lines(Buying.line("SHAFT", quantity, "12.00", "23"), Buying.line("PLATE", "5", "3.00", "23")));
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

    /** Receives the order's lines in full (SHAFT accepted as given, PLATE 5); the receipt. */
    static JsonObject receiveAll(Shop shop, String order, String shafts) {
        return Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "lines",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 1)
                                                        .add("accepted_quantity", new BigDecimal(shafts)))
                                                .add(Json.createObjectBuilder()
                                                        .add("line", 2)
                                                        .add("accepted_quantity", 5)))
                                .build())
                .expect(201)
                .json();
    }

    /** The inspections of the receipt. */
    static List<JsonObject> inspectionsOf(Shop shop, String receipt) {
        return Api.get(shop.path("/inspections?source=receipt&per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> receipt.equals(i.getString("receipt_id", null)))
                .toList();
    }

    static Reply measure(Shop shop, String inspection, JsonObject body) {
        return Api.post(shop.path("/inspections/" + inspection + "/measurements"), shop.token(), body);
    }

    static JsonObjectBuilder value(String characteristic, int subgroup, String value) {
        return Json.createObjectBuilder()
                .add("characteristic", characteristic)
                .add("subgroup", subgroup)
                .add("value", new BigDecimal(value));
    }

    static JsonObjectBuilder attributeResult(String characteristic, int subgroup, boolean passed, String defect) {
        JsonObjectBuilder m = Json.createObjectBuilder()
                .add("characteristic", characteristic)
                .add("subgroup", subgroup)
                .add("passed", passed);
        if (defect != null) {
            m.add("defect_code", defect);
        }
        return m;
    }

    static JsonObject batch(JsonObjectBuilder... measurements) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder m : measurements) {
            all.add(m);
        }
        return Json.createObjectBuilder().add("measurements", all).build();
    }

    static JsonObject decision(String outcome, String rejected, String reason, String deviation) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("outcome", outcome).add("reason", reason);
        if (rejected != null) {
            body.add("rejected_quantity", new BigDecimal(rejected));
        }
        if (deviation != null) {
            body.add("deviation", deviation);
        }
        return body.build();
    }
}
