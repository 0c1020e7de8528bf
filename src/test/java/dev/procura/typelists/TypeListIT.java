package dev.procura.typelists;

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
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Type lists and their values through the API: CRUD, order, hierarchy, bad input, conflicts, delete rules, audit. */
@MicroShedTest
class TypeListIT {

    static JsonObject listBody(String code, String name) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", name)
                .add("description", name + " of the tenant")
                .build();
    }

    static JsonObjectBuilder valueBody(String code, String label, int sortOrder) {
        return Json.createObjectBuilder().add("code", code).add("label", label).add("sort_order", sortOrder);
    }

    static String createList(Shop shop, String code) {
        return Api.post(shop.path("/type-lists"), shop.token(), listBody(code, "List " + code))
                .expect(201)
                .json()
                .getString("id");
    }

    static String addValue(Shop shop, String list, JsonObject body) {
        return Api.post(shop.path("/type-lists/" + list + "/values"), shop.token(), body)
                .expect(201)
                .json()
                .getString("id");
    }

    private static List<String> codes(JsonObject withItems, String member) {
        return withItems.getJsonArray(member).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    @Test
    void aTypeListRoundTripsWithItsValuesInOrder() {
        Shop shop = Buying.shop("Type lists CRUD");
        var created = Api.post(shop.path("/type-lists"), shop.token(), listBody("ncr-categories", "NCR categories"))
                .expect(201);
        JsonObject list = created.json();
        String id = list.getString("id");
        assertEquals("ncr-categories", list.getString("code"));
        assertEquals("NCR categories", list.getString("name"));
        assertEquals("NCR categories of the tenant", list.getString("description"));
        String location = created.header("Location").orElseThrow();
        assertTrue(location.endsWith(shop.path("/type-lists/" + id)), location);

        JsonObject read = Api.get(shop.path("/type-lists/" + id), shop.token())
                .expect(200)
                .json();
        assertEquals("ncr-categories", read.getString("code"));
        assertEquals(List.of(), codes(read, "values"));

        createList(shop, "ncr-causes");
        createList(shop, "carriers");
        assertEquals(
                List.of("ncr-categories", "ncr-causes"),
                codes(
                        Api.get(shop.path("/type-lists?code=ncr"), shop.token())
                                .expect(200)
                                .json(),
                        "items"));
        assertEquals(
                List.of("carriers"),
                codes(
                        Api.get(shop.path("/type-lists?q=CARRIER"), shop.token())
                                .expect(200)
                                .json(),
                        "items"));
        JsonObject page = Api.get(shop.path("/type-lists?sort=-code&per_page=2&page=1"), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("ncr-causes", "ncr-categories"), codes(page, "items"));
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getInt("per_page"));

        JsonObject changed = Api.put(
                        shop.path("/type-lists/" + id),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "ncr-kinds")
                                .add("name", "NCR kinds")
                                .build())
                .expect(200)
                .json();
        assertEquals("ncr-kinds", changed.getString("code"));
        assertFalse(changed.containsKey("description"), "a description left out is cleared");

        String material =
                addValue(shop, id, valueBody("material", "Material", 20).build());
        addValue(shop, id, valueBody("dimensional", "Dimensional", 10).build());
        addValue(shop, id, valueBody("cosmetic", "Cosmetic", 20).build());
        JsonObject value = Api.get(shop.path("/type-lists/" + id + "/values/" + material), shop.token())
                .expect(200)
                .json();
        assertEquals("Material", value.getString("label"));
        assertEquals(20, value.getInt("sort_order"));
        assertTrue(value.getBoolean("active"));
        assertEquals(id, value.getString("list_id"));
        assertFalse(value.containsKey("parent_id"));

        JsonObject withValues = Api.get(shop.path("/type-lists/" + id), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("dimensional", "cosmetic", "material"), codes(withValues, "values"));
        JsonObject values = Api.get(shop.path("/type-lists/" + id + "/values?per_page=2"), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("dimensional", "cosmetic"), codes(values, "items"));
        assertEquals(3, values.getInt("total"));

        JsonObject relabelled = Api.put(
                        shop.path("/type-lists/" + id + "/values/" + material),
                        shop.token(),
                        valueBody("material", "Raw material", 5).build())
                .expect(200)
                .json();
        assertEquals("Raw material", relabelled.getString("label"));
        assertEquals(
                List.of("material", "dimensional", "cosmetic"),
                codes(
                        Api.get(shop.path("/type-lists/" + id), shop.token())
                                .expect(200)
                                .json(),
                        "values"));
    }

    @Test
    void valuesFormAHierarchyWithinTheirListOnly() {
        Shop shop = Buying.shop("Type lists hierarchy");
        String defects = createList(shop, "defect-codes");
        String other = createList(shop, "carriers");
        String foreign = addValue(shop, other, valueBody("dhl", "DHL", 0).build());
        String surface =
                addValue(shop, defects, valueBody("surface", "Surface", 1).build());
        String scratch = addValue(
                shop,
                defects,
                valueBody("scratch", "Scratch", 1).add("parent_id", surface).build());
        String deep = addValue(
                shop,
                defects,
                valueBody("deep-scratch", "Deep scratch", 1)
                        .add("parent_id", scratch)
                        .build());
        addValue(
                shop,
                defects,
                valueBody("dent", "Dent", 2).add("parent_id", surface).build());
        addValue(shop, defects, valueBody("electrical", "Electrical", 2).build());

        String values = shop.path("/type-lists/" + defects + "/values");
        assertEquals(
                List.of("scratch", "dent"),
                codes(
                        Api.get(values + "?parent=" + surface, shop.token())
                                .expect(200)
                                .json(),
                        "items"));
        assertEquals(
                List.of("surface", "electrical"),
                codes(Api.get(values + "?parent=none", shop.token()).expect(200).json(), "items"));
        assertEquals(
                surface,
                Api.get(values + "/" + scratch, shop.token()).expect(200).json().getString("parent_id"));
        assertEquals(
                List.of("parent"), Api.get(values + "?parent=top", shop.token()).fieldErrors());

        assertEquals(
                List.of("parent_id"),
                Api.post(
                                values,
                                shop.token(),
                                valueBody("x", "X", 0).add("parent_id", foreign).build())
                        .fieldErrors());
        assertEquals(
                List.of("parent_id"),
                Api.post(
                                values,
                                shop.token(),
                                valueBody("y", "Y", 0)
                                        .add("parent_id", UUID.randomUUID().toString())
                                        .build())
                        .fieldErrors());
        JsonObject cycle = Api.put(
                        values + "/" + surface,
                        shop.token(),
                        valueBody("surface", "Surface", 1)
                                .add("parent_id", deep)
                                .build())
                .expectProblem(400, "validation");
        JsonObject error = cycle.getJsonArray("errors").getJsonObject(0);
        assertEquals("parent_id", error.getString("field"));
        assertTrue(error.getString("message").contains("cycle"), error.toString());
        assertEquals(
                List.of("parent_id"),
                Api.put(
                                values + "/" + surface,
                                shop.token(),
                                valueBody("surface", "Surface", 1)
                                        .add("parent_id", surface)
                                        .build())
                        .fieldErrors());
        // Moving a branch elsewhere is fine: deep-scratch goes to the top.
        JsonObject moved = Api.put(
                        values + "/" + deep,
                        shop.token(),
                        valueBody("deep-scratch", "Deep scratch", 1).build())
                .expect(200)
                .json();
        assertFalse(moved.containsKey("parent_id"));
    }

    @Test
    void bodiesAndParametersAreValidatedWithTheirFieldNames() {
        Shop shop = Buying.shop("Type lists validation");
        String lists = shop.path("/type-lists");
        assertEquals(
                List.of("code", "name"),
                Api.post(
                                lists,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "Bad Code")
                                        .add("name", " ")
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("code"),
                Api.post(lists, shop.token(), listBody("-starts-with-dash", "X"))
                        .fieldErrors());
        assertEquals(
                List.of("code"),
                Api.post(lists, shop.token(), listBody("a".repeat(64), "X")).fieldErrors());
        assertEquals(
                List.of("description"),
                Api.post(
                                lists,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "ok")
                                        .add("name", "Ok")
                                        .add("description", "d".repeat(2001))
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("sort"), Api.get(lists + "?sort=label", shop.token()).fieldErrors());
        assertEquals(
                List.of("per_page"),
                Api.get(lists + "?per_page=101", shop.token()).fieldErrors());

        String list = createList(shop, "shipment-carriers");
        String values = lists + "/" + list + "/values";
        assertEquals(
                List.of("code", "label", "sort_order"),
                Api.post(
                                values,
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "UPS")
                                        .add("sort_order", -1)
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        Api.request("POST", values)
                .token(shop.token())
                .body("application/json", "{\"code\":\"ups\",\"label\":\"UPS\",\"sort_order\":[10]}")
                .send()
                .expectProblem(400, "malformed-json");
        Api.post(values, shop.token(), valueBody("ups", "UPS", 0).build()).expect(201);
        Api.get(lists + "/" + UUID.randomUUID(), shop.token()).expectProblem(404, "not-found");
        Api.post(
                        lists + "/" + UUID.randomUUID() + "/values",
                        shop.token(),
                        valueBody("ups", "UPS", 0).build())
                .expectProblem(404, "not-found");
        Api.get(values + "/" + UUID.randomUUID(), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void codesAreUniqueInTheirScope() {
        Shop shop = Buying.shop("Type lists duplicates");
        String first = createList(shop, "units");
        String second = createList(shop, "currencies");
        Api.post(shop.path("/type-lists"), shop.token(), listBody("units", "Again"))
                .expectProblem(409, "type-list-code-taken");
        Api.put(shop.path("/type-lists/" + second), shop.token(), listBody("units", "Rename onto"))
                .expectProblem(409, "type-list-code-taken");
        Api.put(shop.path("/type-lists/" + first), shop.token(), listBody("units", "Same code kept"))
                .expect(200);

        addValue(shop, first, valueBody("kg", "Kilogram", 0).build());
        String metre = addValue(shop, first, valueBody("m", "Metre", 0).build());
        Api.post(
                        shop.path("/type-lists/" + first + "/values"),
                        shop.token(),
                        valueBody("kg", "Again", 0).build())
                .expectProblem(409, "type-list-value-code-taken");
        Api.put(
                        shop.path("/type-lists/" + first + "/values/" + metre),
                        shop.token(),
                        valueBody("kg", "Rename onto", 0).build())
                .expectProblem(409, "type-list-value-code-taken");
        // The same value code in another list is another value.
        addValue(shop, second, valueBody("kg", "Not a currency, but allowed", 0).build());
    }

    @Test
    void aValueWithChildrenIsDeactivatedRatherThanDeleted() {
        Shop shop = Buying.shop("Type lists delete rules");
        String list = createList(shop, "locations");
        String values = shop.path("/type-lists/" + list + "/values");
        String hall = addValue(shop, list, valueBody("hall-a", "Hall A", 1).build());
        String bay = addValue(
                shop,
                list,
                valueBody("bay-1", "Bay 1", 1).add("parent_id", hall).build());

        JsonObject refused =
                Api.delete(values + "/" + hall, shop.token()).expectProblem(409, "type-list-value-has-children");
        assertEquals(1, refused.getInt("children"));
        assertTrue(refused.getString("detail").contains("deactivate"), refused.toString());

        JsonObject retired = Api.put(
                        values + "/" + hall,
                        shop.token(),
                        valueBody("hall-a", "Hall A", 1).add("active", false).build())
                .expect(200)
                .json();
        assertFalse(retired.getBoolean("active"));
        // Inactive values are still listed and read, marked; active=true leaves them out.
        JsonObject all = Api.get(shop.path("/type-lists/" + list), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("bay-1", "hall-a"), codes(all, "values"));
        assertEquals(
                JsonValue.FALSE, all.getJsonArray("values").getJsonObject(1).get("active"));
        assertEquals(
                List.of("bay-1"),
                codes(
                        Api.get(shop.path("/type-lists/" + list + "?active=true"), shop.token())
                                .expect(200)
                                .json(),
                        "values"));
        assertEquals(
                List.of("bay-1"),
                codes(Api.get(values + "?active=true", shop.token()).expect(200).json(), "items"));
        Api.get(values + "/" + hall, shop.token()).expect(200);

        Api.delete(values + "/" + bay, shop.token()).expect(204);
        Api.delete(values + "/" + hall, shop.token()).expect(204);
        Api.delete(values + "/" + hall, shop.token()).expectProblem(404, "not-found");

        String left = addValue(shop, list, valueBody("left", "Left", 1).build());
        addValue(
                shop,
                list,
                valueBody("under-left", "Under left", 1).add("parent_id", left).build());
        Api.delete(shop.path("/type-lists/" + list), shop.token()).expect(204);
        Api.get(shop.path("/type-lists/" + list), shop.token()).expectProblem(404, "not-found");
        Api.get(values + "/" + left, shop.token()).expectProblem(404, "not-found");
        Api.delete(shop.path("/type-lists/" + list), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void everyChangeIsAnOutboxEventOnTheAuditTrail() throws SQLException {
        Shop shop = Buying.shop("Type lists audit");
        String list = createList(shop, "defects");
        Api.put(shop.path("/type-lists/" + list), shop.token(), listBody("defects", "Defects"))
                .expect(200);
        String values = shop.path("/type-lists/" + list + "/values");
        String value = addValue(shop, list, valueBody("burr", "Burr", 1).build());
        Api.put(
                        values + "/" + value,
                        shop.token(),
                        valueBody("burr", "Sharp burr", 1).build())
                .expect(200);
        Api.put(
                        values + "/" + value,
                        shop.token(),
                        valueBody("burr", "Sharp burr", 1).add("active", false).build())
                .expect(200);
        Api.put(
                        values + "/" + value,
                        shop.token(),
                        valueBody("burr", "Sharp burr", 1).add("active", true).build())
                .expect(200);
        Api.delete(values + "/" + value, shop.token()).expect(204);
        Api.delete(shop.path("/type-lists/" + list), shop.token()).expect(204);

        assertEquals(
                List.of(
                        "type_list.created " + list,
                        "type_list.changed " + list,
                        "type_list_value.added " + value,
                        "type_list_value.changed " + value,
                        "type_list_value.deactivated " + value,
                        "type_list_value.reactivated " + value,
                        "type_list_value.deleted " + value,
                        "type_list.deleted " + list),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'type\\_list%' ORDER BY id"));

        JsonObject relabelled = Await.until(
                "the value's relabelling on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/entities/type_list_value/" + value), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(e -> e.getString("action").equals("type_list_value.changed"))
                        .findFirst());
        assertEquals(shop.admin().id().toString(), relabelled.getString("actor_id"));
        JsonObject label = relabelled.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("label"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no label change in " + relabelled));
        assertEquals("Burr", label.getString("before"));
        assertEquals("Sharp burr", label.getString("after"));

        List<String> story = Await.until("the list's whole story", Duration.ofSeconds(20), () -> {
            List<String> actions = Api.get(shop.path("/audit/entities/type_list/" + list), shop.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("action"))
                    .toList();
            return actions.size() == 3 ? java.util.Optional.of(actions) : java.util.Optional.empty();
        });
        assertEquals(List.of("type_list.deleted", "type_list.changed", "type_list.created"), story);
    }
}
