package dev.procura.support;

import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Items, type lists and work orders made through the API for the production, quality and traceability tests. */
public final class Production {

    private Production() {}

    /** The unit ea (count, no decimals), unless the tenant has it already. */
    public static void unit(Shop shop) {
        Reply unit = Api.post(
                shop.path("/units"),
                shop.token(),
                Json.createObjectBuilder()
                        .add("code", "ea")
                        .add("name", "Each")
                        .add("dimension", "count")
                        .add("decimals", 0)
                        .build());
        if (unit.status() != 201 && unit.status() != 409) {
            unit.expect(201);
        }
    }

    /** The unit ea and an item of that base unit per code. */
    public static void items(Shop shop, String... codes) {
        unit(shop);
        for (String code : codes) {
            Api.post(
                            shop.path("/items"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("code", code)
                                    .add("description", "Item " + code)
                                    .add("type", "manufactured")
                                    .add("base_unit", "ea")
                                    .build())
                    .expect(201);
        }
    }

    /** A type list with these value codes; returns its id. */
    public static String typeList(Shop shop, String code, String... values) {
        String list = Api.post(
                        shop.path("/type-lists"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "List " + code)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        for (String value : values) {
            Api.post(
                            shop.path("/type-lists/" + list + "/values"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("code", value)
                                    .add("label", value)
                                    .build())
                    .expect(201);
        }
        return list;
    }

    /** A plant in Europe/Paris; its id. */
    public static String plant(Shop shop, String code) {
        return Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Plant " + code)
                                .add("time_zone", "Europe/Paris")
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    /** A routing step: sequence, operation code, work centre, planned seconds per unit. */
    public static JsonObject operation(int sequence, String code, String workCentre, String cycleSeconds) {
        return Json.createObjectBuilder()
                .add("sequence", sequence)
                .add("code", code)
                .add("work_centre", workCentre)
                .add("planned_cycle_seconds", new BigDecimal(cycleSeconds))
                .build();
    }

    public static JsonObjectBuilder workOrderBody(String itemCode, String quantity, JsonObject... operations) {
        JsonArrayBuilder routing = Json.createArrayBuilder();
        for (JsonObject op : operations) {
            routing.add(op);
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Json.createObjectBuilder()
                .add("item_code", itemCode)
                .add("quantity", new BigDecimal(quantity))
                .add("planned_start", start.toString())
                .add("planned_end", start.plus(8, ChronoUnit.HOURS).toString())
                .add("operations", routing);
    }

    /** A planned work order (null plant: at none). */
    public static JsonObject workOrder(Shop shop, String plantId, JsonObjectBuilder body) {
        if (plantId != null) {
            body.add("plant_id", plantId);
        }
        return Api.post(shop.path("/work-orders"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    /** A released work order of {@code quantity} of the item through one operation at work centre WC. */
    public static String released(Shop shop, String itemCode, String quantity) {
        String id = workOrder(shop, null, workOrderBody(itemCode, quantity, operation(10, "MAKE", "WC", "30")))
                .getString("id");
        Api.post(
                        shop.path("/work-orders/" + id + "/release"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        return id;
    }
}
