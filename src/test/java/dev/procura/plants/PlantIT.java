package dev.procura.plants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Plants through the API: CRUD, bad input, duplicate codes, delete rules, outbox and audit trail. */
@MicroShedTest
class PlantIT {

    static JsonObjectBuilder plantBody(String code, String name, String timeZone) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", name)
                .add("time_zone", timeZone)
                .add(
                        "address",
                        Json.createObjectBuilder()
                                .add("line1", "12 rue de l'Industrie")
                                .add("city", "Lyon")
                                .add("postal_code", "69007")
                                .add("country", "FR"));
    }

    static String createPlant(Shop shop, String code) {
        return Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        plantBody(code, "Plant " + code, "Europe/Paris").build())
                .expect(201)
                .json()
                .getString("id");
    }

    /** A draft order of the shop's admin at the plant (null: at none). */
    static String orderAt(Shop shop, UUID supplier, String plant) {
        JsonObjectBuilder body = Buying.orderBody(supplier, Buying.lines(Buying.line("PAPER", "10", "4.50", "23")));
        if (plant != null) {
            body.add("plant_id", plant);
        }
        return Api.post(shop.path("/purchase-orders"), shop.token(), body.build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    @Test
    void aPlantRoundTrips() {
        Shop shop = Buying.shop("Plants CRUD");
        var created = Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        plantBody("lyon", "Lyon assembly", "Europe/Paris").build())
                .expect(201);
        JsonObject plant = created.json();
        String id = plant.getString("id");
        assertEquals("lyon", plant.getString("code"));
        assertEquals("Lyon assembly", plant.getString("name"));
        assertEquals("Europe/Paris", plant.getString("time_zone"));
        assertTrue(plant.getBoolean("active"));
        assertEquals("Lyon", plant.getJsonObject("address").getString("city"));
        assertEquals("FR", plant.getJsonObject("address").getString("country"));
        assertTrue(created.header("Location").orElseThrow().endsWith(shop.path("/plants/" + id)));

        assertEquals(
                "69007",
                Api.get(shop.path("/plants/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("address")
                        .getString("postal_code"));

        createPlant(shop, "porto");
        String braga = createPlant(shop, "braga");
        assertEquals(
                List.of("braga", "lyon", "porto"),
                codes(Api.get(shop.path("/plants"), shop.token()).expect(200).json()));
        assertEquals(
                List.of("porto", "lyon", "braga"),
                codes(Api.get(shop.path("/plants?sort=-code"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("lyon"),
                codes(Api.get(shop.path("/plants?q=LYO"), shop.token())
                        .expect(200)
                        .json()));

        JsonObject changed = Api.put(
                        shop.path("/plants/" + id),
                        shop.token(),
                        plantBody("lyon-2", "Lyon 2", "America/New_York")
                                .add("active", false)
                                .build())
                .expect(200)
                .json();
        assertEquals("lyon-2", changed.getString("code"));
        assertEquals("America/New_York", changed.getString("time_zone"));
        assertFalse(changed.getBoolean("active"));
        assertEquals(
                List.of("lyon-2"),
                codes(Api.get(shop.path("/plants?active=false"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("braga", "porto"),
                codes(Api.get(shop.path("/plants?active=true"), shop.token())
                        .expect(200)
                        .json()));

        Api.delete(shop.path("/plants/" + braga), shop.token()).expect(204);
        Api.get(shop.path("/plants/" + braga), shop.token()).expectProblem(404, "not-found");
        Api.delete(shop.path("/plants/" + braga), shop.token()).expectProblem(404, "not-found");
        Api.put(
                        shop.path("/plants/" + UUID.randomUUID()),
                        shop.token(),
                        plantBody("x", "X", "UTC").build())
                .expectProblem(404, "not-found");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Shop shop = Buying.shop("Plants validation");
        assertEquals(
                List.of("time_zone"),
                Api.post(
                                shop.path("/plants"),
                                shop.token(),
                                plantBody("mars", "Mars", "Mars/Olympus_Mons").build())
                        .fieldErrors());
        assertEquals(
                List.of("time_zone"),
                Api.post(
                                shop.path("/plants"),
                                shop.token(),
                                plantBody("plus", "Plus", "+02:00").build())
                        .fieldErrors());
        List<String> fields = Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "Not A Code")
                                .add("name", "")
                                .add("address", Json.createObjectBuilder().add("country", "France"))
                                .build())
                .fieldErrors();
        assertEquals(
                List.of("address.country", "code", "name", "time_zone"),
                fields.stream().sorted().toList());
        Api.get(shop.path("/plants?sort=altitude"), shop.token()).expectProblem(400, "validation");
        assertEquals(
                0,
                Api.get(shop.path("/plants"), shop.token()).expect(200).json().getInt("total"),
                "nothing half-written");
    }

    @Test
    void codesAreUniqueInTheTenant() {
        Shop shop = Buying.shop("Plants duplicates");
        createPlant(shop, "lyon");
        String porto = createPlant(shop, "porto");
        Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        plantBody("lyon", "Again", "UTC").build())
                .expectProblem(409, "plant-code-taken");
        Api.put(
                        shop.path("/plants/" + porto),
                        shop.token(),
                        plantBody("lyon", "Porto", "UTC").build())
                .expectProblem(409, "plant-code-taken");
        Api.put(
                        shop.path("/plants/" + porto),
                        shop.token(),
                        plantBody("porto", "Porto", "Europe/Lisbon").build())
                .expect(200);

        Shop other = Buying.shop("Plants duplicates elsewhere");
        createPlant(other, "lyon");
    }

    @Test
    void aPlantWithOrdersIsDeactivatedNotDeletedAndTakesNoNewOrders() {
        Shop shop = Buying.shop("Plants delete rules");
        UUID supplier = Buying.supplier(shop, "PLANTDEL");
        String plant = createPlant(shop, "lyon");
        String order = orderAt(shop, supplier, plant);
        assertEquals(
                plant,
                Api.get(shop.path("/purchase-orders/" + order), shop.token())
                        .expect(200)
                        .json()
                        .getString("plant_id"));

        JsonObject inUse =
                Api.delete(shop.path("/plants/" + plant), shop.token()).expectProblem(409, "plant-in-use");
        assertEquals(1, inUse.getJsonObject("records").getInt("purchase_orders"));

        Api.put(
                        shop.path("/plants/" + plant),
                        shop.token(),
                        plantBody("lyon", "Lyon", "Europe/Paris")
                                .add("active", false)
                                .build())
                .expect(200);
        JsonObjectBuilder atInactive =
                Buying.orderBody(supplier, Buying.lines(Buying.line("PAPER", "1", "4.50", "23")));
        assertEquals(
                List.of("plant_id"),
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                atInactive.add("plant_id", plant).build())
                        .fieldErrors());
        JsonObjectBuilder atNowhere = Buying.orderBody(supplier, Buying.lines(Buying.line("PAPER", "1", "4.50", "23")));
        assertEquals(
                List.of("plant_id"),
                Api.post(
                                shop.path("/purchase-orders"),
                                shop.token(),
                                atNowhere
                                        .add("plant_id", UUID.randomUUID().toString())
                                        .build())
                        .fieldErrors());
        // an order already there keeps its plant while it is changed
        Api.put(
                        shop.path("/purchase-orders/" + order),
                        shop.token(),
                        Buying.orderBody(supplier, Buying.lines(Buying.line("PAPER", "2", "4.50", "23")))
                                .add("plant_id", plant)
                                .build())
                .expect(200);
        assertEquals(
                List.of(order),
                Api.get(shop.path("/purchase-orders?plant_id=" + plant), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(o -> o.getString("id"))
                        .toList());

        String empty = createPlant(shop, "empty");
        Api.delete(shop.path("/plants/" + empty), shop.token()).expect(204);
    }

    @Test
    void everyChangeIsAnOutboxEventOnTheAuditTrail() throws SQLException {
        Shop shop = Buying.shop("Plants audit");
        String plant = createPlant(shop, "lyon");
        Api.put(
                        shop.path("/plants/" + plant),
                        shop.token(),
                        plantBody("lyon", "Lyon site", "Europe/Paris").build())
                .expect(200);
        Api.put(
                        shop.path("/plants/" + plant),
                        shop.token(),
                        plantBody("lyon", "Lyon site", "Europe/Paris")
                                .add("active", false)
                                .build())
                .expect(200);
        Api.put(
                        shop.path("/plants/" + plant),
                        shop.token(),
                        plantBody("lyon", "Lyon site", "Europe/Paris")
                                .add("active", true)
                                .build())
                .expect(200);
        Api.delete(shop.path("/plants/" + plant), shop.token()).expect(204);

        assertEquals(
                List.of(
                        "plant.created " + plant,
                        "plant.changed " + plant,
                        "plant.deactivated " + plant,
                        "plant.reactivated " + plant,
                        "plant.deleted " + plant),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'plant.%' ORDER BY id"));

        JsonObject renamed = Await.until(
                "the renaming on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/entities/plant/" + plant), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("action").equals("plant.changed"))
                        .findFirst());
        assertEquals(shop.admin().id().toString(), renamed.getString("actor_id"));
        JsonObject name = renamed.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("name"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no name change in " + renamed));
        assertEquals("Plant lyon", name.getString("before"));
        assertEquals("Lyon site", name.getString("after"));

        List<String> story = Await.until("the plant's whole story", Duration.ofSeconds(20), () -> {
            List<String> actions = Api.get(shop.path("/audit/entities/plant/" + plant), shop.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("action"))
                    .toList();
            return actions.size() == 5 ? Optional.of(actions) : Optional.empty();
        });
        assertEquals(
                List.of("plant.deleted", "plant.reactivated", "plant.deactivated", "plant.changed", "plant.created"),
                story);
    }
}
