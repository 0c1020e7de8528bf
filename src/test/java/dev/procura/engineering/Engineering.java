package dev.procura.engineering;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tenant ready for project engineering: units ea, m and cm (1 m = 100 cm) and kg; items FRAME
 * (made, 999 EUR), BRACKET (made, no cost), TUBE (bought by the m, 2.50 EUR), BOLT (0.10 EUR), PLATE
 * (no cost) and MOTOR (120 EUR); and a project at no plant.
 */
record Engineering(Shop shop, String project) {

    static Engineering ready(String name) {
        Shop shop = Buying.shop(name);
        unit(shop, "ea", "count", 0);
        unit(shop, "m", "length", 3);
        unit(shop, "cm", "length", 1);
        unit(shop, "kg", "mass", 3);
        Api.post(
                        shop.path("/unit-conversions"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("from_unit", "m")
                                .add("to_unit", "cm")
                                .add("factor", 100)
                                .build())
                .expect(201);
        item(shop, "FRAME", "manufactured", "ea", "999");
        item(shop, "BRACKET", "manufactured", "ea", null);
        item(shop, "TUBE", "purchased", "m", "2.50");
        item(shop, "BOLT", "purchased", "ea", "0.10");
        item(shop, "PLATE", "purchased", "ea", null);
        item(shop, "MOTOR", "purchased", "ea", "120");
        return new Engineering(shop, project(shop, "PRJ-1", null));
    }

    static void unit(Shop shop, String code, String dimension, int decimals) {
        Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Unit " + code)
                                .add("dimension", dimension)
                                .add("decimals", decimals)
                                .build())
                .expect(201);
    }

    static void item(Shop shop, String code, String type, String baseUnit, String standardCost) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("code", code)
                .add("description", "Item " + code)
                .add("type", type)
                .add("base_unit", baseUnit);
        if (standardCost != null) {
            item.add(
                    "standard_cost",
                    Json.createObjectBuilder()
                            .add("amount", new BigDecimal(standardCost))
                            .add("currency", "EUR"));
        }
        Api.post(shop.path("/items"), shop.token(), item.build()).expect(201);
    }

    /** A project managed by the shop's admin, at the plant (null: at none); its id. */
    static String project(Shop shop, String code, String plantId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Project " + code)
                .add("manager_id", shop.admin().id().toString())
                .add("starts_on", LocalDate.now().toString())
                .add("budget_amount", 100000)
                .add("currency", "EUR")
                .add("cost_center", "IT");
        if (plantId != null) {
            body.add("plant_id", plantId);
        }
        return Api.post(shop.path("/projects"), shop.token(), body.build())
                .expect(201)
                .json()
                .getString("id");
    }

    String path(String rest) {
        return shop.path("/projects/" + project + rest);
    }

    static JsonObjectBuilder line(String parent, String item, String quantity, String unit, String source) {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("item_code", item)
                .add("quantity", new BigDecimal(quantity))
                .add("unit", unit)
                .add("source", source);
        if (parent != null) {
            line.add("parent_id", parent);
        }
        return line;
    }

    String addLine(JsonObjectBuilder line) {
        return Api.post(path("/bom"), shop.token(), line.build())
                .expect(201)
                .json()
                .getString("id");
    }

    static JsonObjectBuilder changeOrder(String title, String cost, int days) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("description", "Details of " + title)
                .add("reason", "Customer request")
                .add("cost_impact", new BigDecimal(cost))
                .add("currency", "EUR")
                .add("schedule_impact_days", days);
    }

    JsonObject requestChange(JsonObjectBuilder body) {
        return Api.post(path("/change-orders"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    /** A workflow for {@code type}: {@code initial} → each of {@code finals} by a transition of the same name. */
    void defineWorkflow(String type, String initial, String... finals) {
        JsonArrayBuilder states = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", initial).add("initial", true));
        JsonArrayBuilder transitions = Json.createArrayBuilder();
        for (String state : finals) {
            states.add(Json.createObjectBuilder().add("name", state).add("final", true));
            transitions.add(Json.createObjectBuilder()
                    .add("name", state)
                    .add("from", initial)
                    .add("to", state));
        }
        Api.post(
                        shop.path("/workflows"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_type", type)
                                .add("name", type + " review")
                                .add("states", states)
                                .add("transitions", transitions)
                                .build())
                .expect(201);
    }
}
