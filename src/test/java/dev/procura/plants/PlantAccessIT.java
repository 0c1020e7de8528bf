package dev.procura.plants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Tenants;
import dev.procura.support.Tenants.Member;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The plant dimension of the isolation matrix, on purchase orders and receipts: a buyer scoped to
 * plant A lists, reads and writes A's orders only (B's are not found, writing at B or at no plant
 * is plant-access-denied); a tenant-wide buyer reaches all; a viewer tenant-wide who buys at A
 * reads B but does not write there. Role assignments round-trip and take effect at once.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantAccessIT {

    private Shop shop;
    private UUID supplier;
    private String plantA;
    private String plantB;
    private String orderA;
    private String orderB;
    private String orderNowhere;
    private String sentA;
    private String sentB;
    /** Primary role "staff" (tenant:read only) and requester at plant A. */
    private Member buyerA;
    /** requester tenant-wide. */
    private Member wideBuyer;
    /** viewer tenant-wide and requester at plant A. */
    private Member viewerBuyingAtA;

    private static JsonObjectBuilder assignment(String role, String... plants) {
        JsonObjectBuilder assignment = Json.createObjectBuilder().add("role", role);
        if (plants.length > 0) {
            assignment.add("plant_ids", Json.createArrayBuilder(List.of(plants)));
        }
        return assignment;
    }

    private JsonObject setRoles(Member member, JsonObjectBuilder... assignments) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder a : assignments) {
            all.add(a);
        }
        return Api.put(
                        shop.path("/members/" + member.id() + "/roles"),
                        shop.token(),
                        Json.createObjectBuilder().add("assignments", all).build())
                .expect(200)
                .json();
    }

    private JsonObject orderBody(String plant) {
        JsonObjectBuilder body = Buying.orderBody(supplier, Buying.lines(Buying.line("BOLTS", "5", "2.00", "23")));
        if (plant != null) {
            body.add("plant_id", plant);
        }
        return body.build();
    }

    private String sentOrderAt(String plant) {
        String id = PlantIT.orderAt(shop, supplier, plant);
        Buying.submitAndApprove(shop, id);
        Api.post(shop.path("/purchase-orders/" + id + "/send"), shop.token(), null)
                .expect(200);
        return id;
    }

    private static JsonObject receipt() {
        return Json.createObjectBuilder()
                .add(
                        "lines",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("line", 1).add("accepted_quantity", 1)))
                .build();
    }

    private Set<String> listed(Member member, String query) {
        return Api.get(shop.path("/purchase-orders?per_page=100" + query), member.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(o -> o.getString("id"))
                .collect(Collectors.toSet());
    }

    @BeforeAll
    void arrange() {
        shop = Buying.shop("Plant access");
        supplier = Buying.supplier(shop, "PLANTACC");
        plantA = PlantIT.createPlant(shop, "plant-a");
        plantB = PlantIT.createPlant(shop, "plant-b");
        orderA = PlantIT.orderAt(shop, supplier, plantA);
        orderB = PlantIT.orderAt(shop, supplier, plantB);
        orderNowhere = PlantIT.orderAt(shop, supplier, null);
        sentA = sentOrderAt(plantA);
        sentB = sentOrderAt(plantB);
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "staff")
                                .add("description", "Plant staff: nothing tenant-wide")
                                .add("permissions", Json.createArrayBuilder().add("tenant:read"))
                                .build())
                .expect(201);
        buyerA = Tenants.join(shop.tenantId(), shop.token(), "staff");
        setRoles(buyerA, assignment("staff"), assignment("requester", plantA));
        wideBuyer = Tenants.join(shop.tenantId(), shop.token(), "requester");
        viewerBuyingAtA = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        setRoles(viewerBuyingAtA, assignment("viewer"), assignment("requester", plantA));
    }

    @Test
    void aBuyerScopedToPlantAListsAndReadsOnlyItsOrders() {
        Set<String> seen = listed(buyerA, "");
        assertTrue(seen.containsAll(Set.of(orderA, sentA)), seen::toString);
        assertFalse(seen.contains(orderB), "B's order listed");
        assertFalse(seen.contains(orderNowhere), "a plant-less order needs purchasing:read tenant-wide");
        assertEquals(Set.of(), listed(buyerA, "&plant_id=" + plantB));
        long all = Api.get(shop.path("/purchase-orders"), shop.token())
                .expect(200)
                .json()
                .getInt("total");
        long mine = Api.get(shop.path("/purchase-orders"), buyerA.token())
                .expect(200)
                .json()
                .getInt("total");
        assertEquals(seen.size(), mine, "the total counts only the plants the caller reads");
        assertTrue(all > mine);

        assertEquals(
                plantA,
                Api.get(shop.path("/purchase-orders/" + orderA), buyerA.token())
                        .expect(200)
                        .json()
                        .getString("plant_id"));
        Api.get(shop.path("/purchase-orders/" + orderB), buyerA.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/purchase-orders/" + orderNowhere), buyerA.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/purchase-orders/" + sentB + "/receipts"), buyerA.token())
                .expectProblem(404, "not-found");
        Api.post(shop.path("/purchase-orders/" + orderB + "/submit"), buyerA.token(), null)
                .expectProblem(404, "not-found");
        // nothing but plant-scoped records opens up through a plant-scoped role
        Api.get(shop.path("/suppliers"), buyerA.token()).expectProblem(403, "forbidden");
    }

    @Test
    void aBuyerScopedToPlantAWritesAtAOnly() {
        JsonObject created = Api.post(shop.path("/purchase-orders"), buyerA.token(), orderBody(plantA))
                .expect(201)
                .json();
        assertEquals(plantA, created.getString("plant_id"));
        String mine = created.getString("id");

        JsonObject denied = Api.post(shop.path("/purchase-orders"), buyerA.token(), orderBody(plantB))
                .expectProblem(403, "plant-access-denied");
        assertEquals(plantB, denied.getString("plant_id"));
        Api.post(shop.path("/purchase-orders"), buyerA.token(), orderBody(null))
                .expectProblem(403, "plant-access-denied");
        Api.put(shop.path("/purchase-orders/" + mine), buyerA.token(), orderBody(plantB))
                .expectProblem(403, "plant-access-denied");
        assertEquals(
                plantA,
                Api.get(shop.path("/purchase-orders/" + mine), shop.token())
                        .expect(200)
                        .json()
                        .getString("plant_id"),
                "nothing half-written");

        JsonObject received = Api.post(shop.path("/purchase-orders/" + sentA + "/receipts"), buyerA.token(), receipt())
                .expect(201)
                .json();
        assertEquals(plantA, received.getString("plant_id"));
        assertTrue(Api.get(shop.path("/purchase-orders/" + sentA + "/receipts"), buyerA.token())
                .expect(200)
                .body()
                .contains(received.getString("id")));
        Api.post(shop.path("/purchase-orders/" + sentB + "/receipts"), buyerA.token(), receipt())
                .expectProblem(404, "not-found");
    }

    @Test
    void aTenantWideBuyerReachesEveryPlant() {
        Set<String> seen = listed(wideBuyer, "");
        assertTrue(seen.containsAll(Set.of(orderA, orderB, orderNowhere, sentA, sentB)), seen::toString);
        Set<String> atA = listed(wideBuyer, "&plant_id=" + plantA);
        assertTrue(atA.containsAll(Set.of(orderA, sentA)));
        assertFalse(atA.contains(orderB) || atA.contains(orderNowhere));
        Api.get(shop.path("/purchase-orders/" + orderB), wideBuyer.token()).expect(200);
        Api.post(shop.path("/purchase-orders"), wideBuyer.token(), orderBody(plantB))
                .expect(201);
        Api.post(shop.path("/purchase-orders"), wideBuyer.token(), orderBody(null))
                .expect(201);
    }

    @Test
    void aViewerWhoBuysAtAReadsBButDoesNotWriteThere() {
        Set<String> seen = listed(viewerBuyingAtA, "");
        assertTrue(seen.containsAll(Set.of(orderA, orderB, orderNowhere)), seen::toString);
        Api.get(shop.path("/purchase-orders/" + orderB), viewerBuyingAtA.token())
                .expect(200);
        Api.get(shop.path("/purchase-orders/" + sentB + "/receipts"), viewerBuyingAtA.token())
                .expect(200);

        Api.post(shop.path("/purchase-orders"), viewerBuyingAtA.token(), orderBody(plantA))
                .expect(201);
        Api.post(shop.path("/purchase-orders"), viewerBuyingAtA.token(), orderBody(plantB))
                .expectProblem(403, "plant-access-denied");
        Api.put(shop.path("/purchase-orders/" + orderB), viewerBuyingAtA.token(), orderBody(plantB))
                .expectProblem(403, "plant-access-denied");
        Api.post(shop.path("/purchase-orders/" + orderB + "/submit"), viewerBuyingAtA.token(), null)
                .expectProblem(403, "plant-access-denied");
        Api.post(
                        shop.path("/purchase-orders/" + orderB + "/cancel"),
                        viewerBuyingAtA.token(),
                        Json.createObjectBuilder().add("reason", "not mine").build())
                .expectProblem(403, "plant-access-denied");
        Api.post(shop.path("/purchase-orders/" + sentB + "/receipts"), viewerBuyingAtA.token(), receipt())
                .expectProblem(403, "plant-access-denied");
        assertEquals(
                "draft",
                Api.get(shop.path("/purchase-orders/" + orderB), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void roleAssignmentsRoundTripAndTakeEffectAtOnce() {
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        JsonObject set = setRoles(member, assignment("requester", plantA, plantB), assignment("staff"));
        assertEquals("staff", set.getString("role"), "the first tenant-wide assignment is the primary role");
        JsonObject read = Api.get(shop.path("/members/" + member.id() + "/roles"), shop.token())
                .expect(200)
                .json();
        assertEquals(set, read);
        List<JsonObject> assignments = read.getJsonArray("assignments").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("staff", "requester"),
                assignments.stream().map(a -> a.getString("role")).toList());
        assertTrue(assignments.get(0).getBoolean("tenant_wide"));
        assertFalse(assignments.get(1).getBoolean("tenant_wide"));
        assertEquals(
                Set.of(plantA, plantB),
                assignments.get(1).getJsonArray("plant_ids").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .collect(Collectors.toSet()));
        assertEquals(
                "staff",
                Api.get(shop.path("/members?per_page=100"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(m -> m.getString("user_id").equals(member.id().toString()))
                        .findFirst()
                        .orElseThrow()
                        .getString("role"));
        Api.get(shop.path("/purchase-orders/" + orderB), member.token()).expect(200);

        setRoles(member, assignment("staff"), assignment("requester", plantA));
        Api.get(shop.path("/purchase-orders/" + orderB), member.token()).expectProblem(404, "not-found");
        Api.get(shop.path("/purchase-orders/" + orderA), member.token()).expect(200);

        // the single-role API still sets the primary role and keeps the further assignments
        Api.request("PATCH", shop.path("/members/" + member.id()))
                .token(shop.token())
                .json(Json.createObjectBuilder().add("role", "viewer").build())
                .send()
                .expect(200);
        JsonObject after = Api.get(shop.path("/members/" + member.id() + "/roles"), shop.token())
                .expect(200)
                .json();
        assertEquals("viewer", after.getString("role"));
        assertEquals(2, after.getJsonArray("assignments").size());

        JsonObject event = Await.until(
                "the change on the platform audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/logs?entity_type=member&per_page=100"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("action").equals("member.roles_changed")
                                && e.getJsonObject("details")
                                        .getString("user_id")
                                        .equals(member.id().toString())
                                && e.getJsonObject("details")
                                        .getString("role_before")
                                        .equals("viewer"))
                        .findFirst());
        assertEquals("staff", event.getJsonObject("details").getString("role"));
        assertEquals(
                2, event.getJsonObject("details").getJsonArray("assignments").size());
        assertEquals(shop.admin().id().toString(), event.getString("actor_id"));
    }

    @Test
    void badAssignmentsAreRefusedFieldByField() {
        Member member = Tenants.join(shop.tenantId(), shop.token(), "viewer");
        String roles = shop.path("/members/" + member.id() + "/roles");
        assertEquals(
                List.of("assignments.plant_ids"),
                Api.put(
                                roles,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "assignments",
                                                Json.createArrayBuilder()
                                                        .add(assignment("viewer"))
                                                        .add(assignment(
                                                                "requester",
                                                                UUID.randomUUID()
                                                                        .toString())))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("assignments"),
                Api.put(
                                roles,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "assignments",
                                                Json.createArrayBuilder().add(assignment("requester", plantA)))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("assignments[1].role"),
                Api.put(
                                roles,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "assignments",
                                                Json.createArrayBuilder()
                                                        .add(assignment("viewer"))
                                                        .add(assignment("no-such-role", plantA)))
                                        .build())
                        .fieldErrors());
        assertFalse(Api.put(
                        roles,
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("assignments", Json.createArrayBuilder())
                                .build())
                .fieldErrors()
                .isEmpty());
        Api.put(
                        shop.path("/members/" + UUID.randomUUID() + "/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("assignments", Json.createArrayBuilder().add(assignment("viewer")))
                                .build())
                .expectProblem(404, "not-found");
        // the only admin keeps a tenant-wide admin role
        Shop solo = Buying.shop("Plant access last admin");
        Api.put(
                        solo.path("/members/" + solo.admin().id() + "/roles"),
                        solo.token(),
                        Json.createObjectBuilder()
                                .add("assignments", Json.createArrayBuilder().add(assignment("viewer")))
                                .build())
                .expectProblem(409, "last-admin");
        assertEquals(
                "admin",
                Api.get(solo.path("/members/" + solo.admin().id() + "/roles"), solo.token())
                        .expect(200)
                        .json()
                        .getString("role"));
        assertEquals(
                "viewer", Api.get(roles, shop.token()).expect(200).json().getString("role"), "nothing half-written");
    }
}
