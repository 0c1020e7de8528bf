package dev.procura.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The plant dimension on shipments: a shipper scoped to plant A lists and reads A's shipments only
 * (B's are not found, also by a scan), moves them, and is refused planning shipments at B or at no
 * plant.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogisticsPlantAccessIT {

    private Shop shop;
    private String customer;
    private String plantA;
    private String plantB;
    private JsonObject shipmentA;
    private JsonObject shipmentB;
    private Member shipperA;

    private JsonObjectBuilder at(String plant) {
        JsonObjectBuilder body =
                Shipments.outbound(customer, List.of(Shipments.line("BOX", null, null, "1", "P1")), "P1");
        if (plant != null) {
            body.add("plant_id", plant);
        }
        return body;
    }

    private static JsonObjectBuilder assignment(String role, String... plants) {
        JsonObjectBuilder assignment = Json.createObjectBuilder().add("role", role);
        if (plants.length > 0) {
            assignment.add("plant_ids", Json.createArrayBuilder(List.of(plants)));
        }
        return assignment;
    }

    @BeforeAll
    void arrange() {
        shop = Shipments.shop("Logistics plants");
        Shipments.item(shop, "BOX", false, false);
        customer = Shipments.customer(shop, "plant-customer");
        plantA = Production.plant(shop, "plant-a");
        plantB = Production.plant(shop, "plant-b");
        shipmentA = Shipments.create(shop, at(plantA));
        shipmentB = Shipments.create(shop, at(plantB));
        for (var role :
                List.of(List.of("staff", "tenant:read"), List.of("shipper", "logistics:read", "logistics:write"))) {
            Api.post(
                            shop.path("/roles"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("name", role.get(0))
                                    .add("description", "Plant matrix")
                                    .add("permissions", Json.createArrayBuilder(role.subList(1, role.size())))
                                    .build())
                    .expect(201);
        }
        shipperA = Tenants.join(shop.tenantId(), shop.token(), "staff");
        JsonArrayBuilder assignments =
                Json.createArrayBuilder().add(assignment("staff")).add(assignment("shipper", plantA));
        Api.put(
                        shop.path("/members/" + shipperA.id() + "/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("assignments", assignments)
                                .build())
                .expect(200);
    }

    @Test
    void aShipperAtPlantAListsAndReadsOnlyItsShipments() {
        List<JsonObject> seen = Api.get(shop.path("/shipments?per_page=100"), shipperA.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(seen.stream().anyMatch(s -> s.getString("id").equals(shipmentA.getString("id"))));
        assertEquals(
                Set.of(plantA), seen.stream().map(s -> s.getString("plant_id")).collect(Collectors.toSet()));
        Api.get(shop.path("/shipments/" + shipmentA.getString("id")), shipperA.token())
                .expect(200);
        Api.get(shop.path("/shipments/" + shipmentB.getString("id")), shipperA.token())
                .expectProblem(404, "not-found");
        Api.post(shop.path("/shipments/" + shipmentB.getString("id") + "/pack"), shipperA.token(), null)
                .expectProblem(404, "not-found");
    }

    @Test
    void aShipperAtPlantAMovesItsShipmentsAndPlansNoneElsewhere() {
        JsonObject mine = Api.post(
                        shop.path("/shipments"), shipperA.token(), at(plantA).build())
                .expect(201)
                .json();
        Api.post(shop.path("/shipments/" + mine.getString("id") + "/pack"), shipperA.token(), null)
                .expect(200);
        Api.post(shop.path("/shipments"), shipperA.token(), at(plantB).build())
                .expectProblem(403, "plant-access-denied");
        Api.post(shop.path("/shipments"), shipperA.token(), at(null).build()).expectProblem(403, "plant-access-denied");
    }
}
