package dev.procura.engineering;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
                .add("starts_on", "2026-01-05")
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

    /** A document of the project of that kind, with a first version (checked out to the shop's admin); its id. */
    String document(String title, String kind) {
        String id = Api.post(
                        path("/documents"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("title", title)
                                .add("kind", kind)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        upload(id, "revision 1 of " + title).expect(201);
        return id;
    }

    /** Uploads the next version of a document the shop's admin holds checked out. */
    Reply upload(String document, String content) {
        String boundary = "----procura" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drawing.txt\""
                        + "\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return Api.request("POST", path("/documents/" + document + "/versions"))
                .token(shop.token())
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray())
                .send();
    }

    /** The document's versions, oldest first, as the projects API shows them. */
    java.util.List<JsonObject> versions(String document) {
        return Api.get(path("/documents/" + document), shop.token())
                .expect(200)
                .json()
                .getJsonArray("versions")
                .getValuesAs(JsonObject.class);
    }

    JsonObject submit(String document) {
        return Api.post(
                        path("/rda"),
                        shop.token(),
                        Json.createObjectBuilder().add("document_id", document).build())
                .expect(201)
                .json();
    }
}
