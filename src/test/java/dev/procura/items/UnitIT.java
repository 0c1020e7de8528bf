package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Units of measure and global conversions through the API: CRUD, rules, in-use protection, events. */
@MicroShedTest
class UnitIT {

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    @Test
    void unitsRoundTripWithFiltersAndUniqueCodes() {
        Shop shop = Buying.shop("Units CRUD");
        String box = Masters.unit(shop, "box", "count", 0);
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "kg", "mass", 3);
        JsonObject got =
                Api.get(shop.path("/units/" + box), shop.token()).expect(200).json();
        assertEquals("count", got.getString("dimension"));
        assertEquals(0, got.getInt("decimals"));
        assertTrue(got.getBoolean("active"));
        assertEquals(
                List.of("kg"),
                codes(Api.get(shop.path("/units?dimension=mass"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("kg", "ea", "box"),
                codes(Api.get(shop.path("/units?sort=-code"), shop.token())
                        .expect(200)
                        .json()));
        Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Masters.unitBody("box", "count", 0).build())
                .expectProblem(409, "unit-code-taken");
        JsonObject invalid = Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Masters.unitBody("bad code", "weight", 9).build())
                .expectProblem(400, "validation");
        assertEquals(3, invalid.getJsonArray("errors").size(), invalid.toString());
        JsonObject renamed = Api.put(
                        shop.path("/units/" + box),
                        shop.token(),
                        Masters.unitBody("bx", "count", 0).add("name", "Carton").build())
                .expect(200)
                .json();
        assertEquals("bx", renamed.getString("code"));
        Api.get(shop.path("/units/" + java.util.UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void globalConversionsStayWithinADimensionAndNeverContradict() {
        Shop shop = Buying.shop("Unit conversions");
        Masters.unit(shop, "kg", "mass", 3);
        Masters.unit(shop, "g", "mass", 1);
        Masters.unit(shop, "t", "mass", 6);
        Masters.unit(shop, "m", "length", 2);
        String kgToG = Masters.conversion(shop, "kg", "g", "1000");
        Masters.conversion(shop, "t", "kg", "1000");
        JsonObject inverse = Api.post(
                        shop.path("/unit-conversions"), shop.token(), Masters.conversionBody("g", "kg", "0.001"))
                .expectProblem(409, "unit-conversion-conflict");
        assertEquals(
                0,
                new BigDecimal("1E-3")
                        .compareTo(inverse.getJsonNumber("implied_factor").bigDecimalValue()));
        JsonObject chain = Api.post(
                        shop.path("/unit-conversions"), shop.token(), Masters.conversionBody("t", "g", "999"))
                .expectProblem(409, "unit-conversion-conflict");
        assertEquals(
                0,
                new BigDecimal("1000000")
                        .compareTo(chain.getJsonNumber("implied_factor").bigDecimalValue()));
        assertEquals(
                List.of("to_unit"),
                Api.post(shop.path("/unit-conversions"), shop.token(), Masters.conversionBody("kg", "m", "2"))
                        .fieldErrors());
        Api.post(shop.path("/unit-conversions"), shop.token(), Masters.conversionBody("kg", "g", "0"))
                .expectProblem(400, "validation");
        List<JsonObject> all = jakarta.json.Json.createReader(
                        new java.io.StringReader(Api.get(shop.path("/unit-conversions"), shop.token())
                                .expect(200)
                                .body()))
                .readArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, all.size());
        JsonObject first = Api.get(shop.path("/unit-conversions/" + kgToG), shop.token())
                .expect(200)
                .json();
        assertEquals("1000", first.getJsonNumber("factor").bigDecimalValue().toPlainString());
        Api.delete(shop.path("/unit-conversions/" + kgToG), shop.token()).expect(204);
        Masters.conversion(shop, "g", "kg", "0.001");
    }

    @Test
    void aUnitInUseIsDeactivatedNotDeleted() throws Exception {
        Shop shop = Buying.shop("Units in use");
        String ea = Masters.unit(shop, "ea", "count", 0);
        String spare = Masters.unit(shop, "spare", "count", 0);
        Masters.item(shop, Masters.itemBody("BOLT", "ea").build());
        JsonObject inUse = Api.delete(shop.path("/units/" + ea), shop.token()).expectProblem(409, "unit-in-use");
        assertEquals(
                Map.of("items", 1),
                Map.of("items", inUse.getJsonObject("records").getInt("items")));
        Api.put(
                        shop.path("/units/" + ea),
                        shop.token(),
                        Masters.unitBody("each", "count", 0).build())
                .expectProblem(409, "unit-in-use");
        JsonObject retired = Api.put(
                        shop.path("/units/" + ea),
                        shop.token(),
                        Masters.unitBody("ea", "count", 0).add("active", false).build())
                .expect(200)
                .json();
        assertEquals(false, retired.getBoolean("active"));
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("NUT", "ea").build())
                .expectProblem(400, "validation");
        Api.delete(shop.path("/units/" + spare), shop.token()).expect(204);
        assertEquals(
                List.of(
                        "unit.created " + ea,
                        "unit.created " + spare,
                        "unit.deactivated " + ea,
                        "unit.deleted " + spare),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic LIKE 'unit.%' ORDER BY id"));
    }
}
