package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Inspection plans: they round-trip, characteristics keep their ids while their codes stay, one
 * active plan per item, scope and operation, bad plans are refused with every field named and
 * nothing written, a plan inspections follow is not deleted, and every change is an event.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionPlanIT {

    private Shop shop;

    @BeforeAll
    void arrange() {
        shop = Quality.shop("Inspection plans");
    }

    private long plans() throws Exception {
        return Long.parseLong(
                ControlDb.stringsAt(Tenants.databaseUrl(shop.tenantId()), "SELECT COUNT(*)::text FROM inspection_plans")
                        .get(0));
    }

    @Test
    void aPlanRoundTripsAndKeepsCharacteristicIdsByCode() throws Exception {
        JsonObject created = Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody(
                                        "PLATE",
                                        "operation",
                                        "DRILL",
                                        Quality.variable("HOLE", "4.95", "5.0", "5.05", 5),
                                        Quality.attribute("EDGE", "burr"))
                                .build())
                .expect(201)
                .json();
        String id = created.getString("id");
        assertEquals("PLATE", created.getString("item_code"));
        assertEquals("operation", created.getString("scope"));
        assertEquals("DRILL", created.getString("operation"));
        JsonObject hole = created.getJsonArray("characteristics").getJsonObject(0);
        assertEquals("variable", hole.getString("kind"));
        assertEquals(new BigDecimal("4.95"), hole.getJsonNumber("lower_spec").bigDecimalValue());
        assertEquals(new BigDecimal("5"), hole.getJsonNumber("nominal").bigDecimalValue());
        assertEquals(5, hole.getInt("sample_size"));
        JsonObject edge = created.getJsonArray("characteristics").getJsonObject(1);
        assertEquals(
                List.of("burr"),
                edge.getJsonArray("defect_codes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(50, edge.getInt("every_n_units"));
        assertEquals(
                created,
                Api.get(shop.path("/inspection-plans/" + id), shop.token())
                        .expect(200)
                        .json());

        JsonObject changed = Api.put(
                        shop.path("/inspection-plans/" + id),
                        shop.token(),
                        Quality.planBody(
                                        "PLATE",
                                        "operation",
                                        "DRILL",
                                        Quality.attribute("FLAT", "dent"),
                                        Quality.variable("HOLE", "4.9", "5.0", "5.1", 3))
                                .build())
                .expect(200)
                .json();
        JsonObject kept = changed.getJsonArray("characteristics").getJsonObject(1);
        assertEquals(hole.getString("id"), kept.getString("id"), "HOLE keeps its id (its SPC history)");
        assertEquals(3, kept.getInt("sample_size"));
        assertNotEquals(
                edge.getString("id"),
                changed.getJsonArray("characteristics").getJsonObject(0).getString("id"));

        List<JsonObject> listed = Api.get(
                        shop.path("/inspection-plans?item_code=PLATE&scope=operation&per_page=100"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(listed.stream().anyMatch(p -> p.getString("id").equals(id)), listed::toString);
        assertTrue(
                listed.stream()
                        .allMatch(p -> p.getString("item_code").equals("PLATE")
                                && p.getString("scope").equals("operation")),
                listed::toString);
        assertTrue(Api.get(shop.path("/inspection-plans?item_code=PLATE&scope=receipt"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .noneMatch(p -> p.getString("id").equals(id)));

        Api.delete(shop.path("/inspection-plans/" + id), shop.token()).expect(204);
        Api.get(shop.path("/inspection-plans/" + id), shop.token()).expectProblem(404, "not-found");
        assertEquals(
                List.of(
                        "inspection_plan.created " + id,
                        "inspection_plan.changed " + id,
                        "inspection_plan.deleted " + id),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'inspection_plan.%'"
                                + " AND message_key = '" + id + "' ORDER BY id"));
    }

    @Test
    void oneActivePlanPerItemScopeAndOperation() {
        String first = Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("PLATE", "operation", "MILL", Quality.variable("W", "9", "10", "11", 1))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject taken = Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("PLATE", "operation", "MILL", Quality.variable("W", "9", "10", "11", 1))
                                .build())
                .expectProblem(409, "inspection-plan-taken");
        assertEquals(first, taken.getString("plan_id"));
        Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("PLATE", "operation", "GRIND", Quality.variable("W", "9", "10", "11", 1))
                                .build())
                .expect(201);
        Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("PLATE", "operation", "MILL", Quality.variable("W", "9", "10", "11", 1))
                                .add("active", false)
                                .build())
                .expect(201);
    }

    @Test
    void aBadPlanIsRefusedWithEveryFieldNamedAndNothingWritten() throws Exception {
        long before = plans();
        Reply refused = Api.post(
                shop.path("/inspection-plans"),
                shop.token(),
                Quality.planBody(
                                "NO-SUCH-ITEM",
                                "operation",
                                null,
                                Quality.variable("A", "20.1", "20", "19.9", 2),
                                Quality.attribute("B", "burr", "rust"))
                        .build());
        refused.expectProblem(400, "validation");
        assertEquals(
                List.of(
                        "characteristics[0].nominal",
                        "characteristics[0].nominal",
                        "characteristics[0].upper_spec",
                        "characteristics[1].defect_codes",
                        "item_code",
                        "operation"),
                refused.fieldErrors().stream().sorted().toList());

        Reply shape = Api.post(
                shop.path("/inspection-plans"),
                shop.token(),
                jakarta.json.Json.createObjectBuilder()
                        .add("item_code", "SHAFT")
                        .add("scope", "shelf")
                        .add(
                                "characteristics",
                                jakarta.json.Json.createArrayBuilder()
                                        .add(jakarta.json.Json.createObjectBuilder()
                                                .add("code", "X")
                                                .add("name", "X")
                                                .add("kind", "colour")
                                                .add("sample_size", 0)))
                        .build());
        shape.expectProblem(400, "validation");
        assertEquals(
                List.of("characteristics[0].kind", "characteristics[0].sample_size", "scope"),
                shape.fieldErrors().stream().sorted().toList());
        assertEquals(before, plans());
    }

    @Test
    void aPlanInspectionsFollowIsDeactivatedNotDeleted() {
        String plan = Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("SHAFT", "operation", "TURN", Quality.variable("L", "99", "100", "101", 1))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(
                        shop.path("/inspections"),
                        shop.token(),
                        jakarta.json.Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("quantity", 4)
                                .build())
                .expect(201);

        JsonObject inUse = Api.delete(shop.path("/inspection-plans/" + plan), shop.token())
                .expectProblem(409, "inspection-plan-in-use");
        assertEquals(1, inUse.getJsonObject("records").getInt("inspections"));
        Api.get(shop.path("/inspection-plans/" + plan), shop.token()).expect(200);
    }

    @Test
    void anItemWithAPlanIsNotDeleted() {
        String gear = Quality.item(shop, "GEAR");
        Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody("GEAR", "receipt", null, Quality.attribute("TEETH", "dent"))
                                .build())
                .expect(201);

        JsonObject inUse = Api.delete(shop.path("/items/" + gear), shop.token()).expectProblem(409, "item-in-use");

        assertEquals(1, inUse.getJsonObject("records").getInt("inspection_plans"));
    }
}
