package dev.procura.analytics;

import static dev.procura.support.Production.operation;
import static dev.procura.support.Production.workOrderBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The built-in quality and production dashboard through the running server, its tiles worked out
 * by hand: one work order whose TURN took 100 in (90 first time, 6 reworked, 4 scrapped) in 60
 * minutes at 30 s a unit, with 20 minutes down, and whose ASSY took 96 in (94 first time, 2
 * scrapped) in 100 minutes at 60 s a unit; and two NCRs raised today.
 */
@MicroShedTest
class QualityDashboardIT {

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    @Test
    void theQualityDashboardShowsOeeYieldAndNonConformancesOfAllWorkCentres() {
        Shop shop = Buying.shop("Quality dashboard");
        Production.items(shop, "GEAR");
        Production.typeList(shop, "downtime_reason", "breakdown");
        String order = Production.workOrder(
                        shop,
                        null,
                        workOrderBody(
                                "GEAR",
                                "100",
                                operation(10, "TURN", "CNC", "30"),
                                operation(20, "ASSY", "BENCH", "60")))
                .getString("id");
        String base = "/work-orders/" + order;
        Api.post(shop.path(base + "/release"), shop.token(), EMPTY).expect(200);
        Api.post(shop.path(base + "/confirmations"), shop.token(), confirmation(10, "100", "90", "6", "4", "60"))
                .expect(201);
        Api.post(shop.path(base + "/confirmations"), shop.token(), confirmation(20, "96", "94", "0", "2", "100"))
                .expect(201);
        Api.post(
                        shop.path(base + "/downtimes"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("sequence", 10)
                                .add("reason", "breakdown")
                                .add("minutes", 20)
                                .build())
                .expect(201);
        for (int i = 0; i < 2; i++) {
            Api.post(
                            shop.path("/ncrs"),
                            shop.token(),
                            Json.createObjectBuilder()
                                    .add("source", "manual")
                                    .add("item_code", "GEAR")
                                    .add("quantity", 1)
                                    .build())
                    .expect(201);
        }

        List<JsonObject> dashboards = Api.get(shop.path("/dashboards"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals("Procurement", dashboards.get(0).getString("name"), "the procurement dashboard stays first");
        JsonObject quality = dashboards.get(1);
        assertEquals("Quality and production", quality.getString("name"));
        assertTrue(quality.getBoolean("built_in"));

        Map<String, JsonObject> tiles = Api.get(
                        shop.path("/dashboards/" + quality.getString("id") + "/data"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("tiles")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(t -> t.getString("title"), t -> t));
        // run 160, down 20, ideal 50 + 96 = 146, in 196, good 96 + 94 = 190: 160/180 × 146/160 × 190/196 = 0.78628…
        assertValue("78.63", tiles.get("OEE, 30 days").getJsonObject("current"));
        // (90 + 94) / 196 = 0.93877…
        assertValue("93.88", tiles.get("First-pass yield, 30 days").getJsonObject("current"));
        assertValue("2", tiles.get("NCRs raised this month").getJsonObject("current"));
        assertValue("2", tiles.get("NCRs raised, 90 days").getJsonObject("current"));
        assertFalse(tiles.get("OEE, 30 days").getJsonObject("previous").containsKey("value"), "no reports before");

        Api.request("DELETE", shop.path("/dashboards/" + quality.getString("id")))
                .token(shop.token())
                .send()
                .expectProblem(409, "dashboard-built-in");
        Api.post(
                        shop.path("/dashboards"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "quality AND production")
                                .add(
                                        "tiles",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("title", "OEE")
                                                        .add("kpi", "oee")
                                                        .add("period", "last_7_days")))
                                .build())
                .expectProblem(409, "dashboard-name-taken");
        Map<String, String> endpoints = Api.get(shop.path("/dashboards/kpis"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("kpis")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(k -> k.getString("key"), k -> k.getString("endpoint")));
        assertEquals("/production/oee", endpoints.get("oee"));
        assertEquals("/production/fpy", endpoints.get("first_pass_yield"));
        assertEquals("/ncrs", endpoints.get("ncrs_raised"));
        assertEquals("/analytics/suppliers", endpoints.get("spend"));
    }

    private static JsonObject confirmation(
            int sequence, String in, String first, String rework, String scrap, String run) {
        return Json.createObjectBuilder()
                .add("sequence", sequence)
                .add("quantity_in", new BigDecimal(in))
                .add("passed_first_time", new BigDecimal(first))
                .add("reworked", new BigDecimal(rework))
                .add("scrapped", new BigDecimal(scrap))
                .add("run_minutes", new BigDecimal(run))
                .build();
    }

    private static void assertValue(String expected, JsonObject tileValue) {
        assertTrue(tileValue.containsKey("value"), tileValue::toString);
        assertEquals(
                0,
                new BigDecimal(expected)
                        .compareTo(tileValue.getJsonNumber("value").bigDecimalValue()),
                tileValue::toString);
    }
}
