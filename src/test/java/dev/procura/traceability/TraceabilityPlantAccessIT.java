package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
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
 * The plant dimension on lots and serial numbers: a keeper scoped to plant A lists and reads A's
 * units only (B's are not found), changes them, and is refused making units at B or at no plant,
 * tenant-wide numbering rules and recall simulations (which cross plants).
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceabilityPlantAccessIT {

    private Shop shop;
    private String plantA;
    private String plantB;
    private String lotA;
    private String lotB;
    private String serialB;
    private Member keeperA;

    private JsonObject lotAt(String plant, String number) {
        return Api.post(
                        shop.path("/lots"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "BOX")
                                .add("number", number)
                                .add("quantity", 5)
                                .add("plant_id", plant)
                                .build())
                .expect(201)
                .json();
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
        shop = Traces.shop("Traceability plants");
        Traces.item(shop, "BOX", false, false);
        plantA = Traces.plant(shop, "plant-a");
        plantB = Traces.plant(shop, "plant-b");
        lotA = lotAt(plantA, "BX-A").getString("id");
        lotB = lotAt(plantB, "BX-B").getString("id");
        serialB = Api.post(
                        shop.path("/serial-numbers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "BOX")
                                .add("number", "BX-B-1")
                                .add("lot_id", lotB)
                                .add("plant_id", plantB)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        for (var role : List.of(
                List.of("staff", "tenant:read"), List.of("trace-keeper", "traceability:read", "traceability:write"))) {
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
        keeperA = Tenants.join(shop.tenantId(), shop.token(), "staff");
        JsonArrayBuilder assignments =
                Json.createArrayBuilder().add(assignment("staff")).add(assignment("trace-keeper", plantA));
        Api.put(
                        shop.path("/members/" + keeperA.id() + "/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("assignments", assignments)
                                .build())
                .expect(200);
    }

    @Test
    void aKeeperAtPlantAListsAndReadsOnlyItsUnits() {
        List<JsonObject> seen = Api.get(shop.path("/lots?per_page=100"), keeperA.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(seen.stream().anyMatch(l -> l.getString("id").equals(lotA)));
        assertEquals(
                Set.of(plantA), seen.stream().map(l -> l.getString("plant_id")).collect(Collectors.toSet()));
        assertEquals(
                0,
                Api.get(shop.path("/serial-numbers"), keeperA.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        Api.get(shop.path("/lots/" + lotA), keeperA.token()).expect(200);
        Api.get(shop.path("/lots/" + lotB), keeperA.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/serial-numbers/" + serialB), keeperA.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/traceability/genealogy?lot=BX-B"), keeperA.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/traceability/genealogy?lot=BX-A"), keeperA.token()).expect(200);
    }

    @Test
    void aKeeperAtPlantAChangesItsUnitsOnlyAndMakesNoneElsewhere() {
        Api.put(
                        shop.path("/lots/" + lotA),
                        keeperA.token(),
                        Json.createObjectBuilder().add("status", "available").build())
                .expect(200);
        Api.put(
                        shop.path("/lots/" + lotB),
                        keeperA.token(),
                        Json.createObjectBuilder().add("status", "quarantined").build())
                .expectProblem(404, "not-found");
        assertEquals("available", Traces.lot(shop, "BOX", "BX-B").getString("status"));
        for (String plant : new String[] {plantB, null}) {
            var body = Json.createObjectBuilder()
                    .add("item_code", "BOX")
                    .add("number", "BX-X")
                    .add("quantity", 1);
            if (plant != null) {
                body.add("plant_id", plant);
            }
            Api.post(shop.path("/lots"), keeperA.token(), body.build()).expectProblem(403, "plant-access-denied");
        }
        Api.post(
                        shop.path("/lots"),
                        keeperA.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "BOX")
                                .add("number", "BX-A2")
                                .add("quantity", 1)
                                .add("plant_id", plantA)
                                .build())
                .expect(201);
    }

    @Test
    void rulesAndRecallsAreTenantWide() {
        Api.put(
                        shop.path("/traceability/numbering-rules/BOX"),
                        keeperA.token(),
                        Json.createObjectBuilder()
                                .add("lot", Json.createObjectBuilder().add("sequence_width", 4))
                                .build())
                .expectProblem(403, "forbidden");
        Api.post(
                        shop.path("/traceability/recall-simulations"),
                        keeperA.token(),
                        Json.createObjectBuilder().add("lot", "BX-A").build())
                .expectProblem(403, "forbidden");
    }
}
