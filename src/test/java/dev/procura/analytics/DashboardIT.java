package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/** Dashboards through the running server: CRUD, the built-in one, and every tile's value on the worked example. */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    private Analysed example;
    private Shop shop;

    @BeforeAll
    void arrange() {
        example = Analysed.example("Dashboards");
        shop = example.shop();
    }

    private static JsonObjectBuilder tile(String title, String kpi, String period, boolean compare) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("kpi", kpi)
                .add("period", period)
                .add("compare", compare);
    }

    private static JsonObject dashboard(String name, JsonObjectBuilder... tiles) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder t : tiles) {
            array.add(t);
        }
        return Json.createObjectBuilder().add("name", name).add("tiles", array).build();
    }

    private static BigDecimal value(JsonObject tileValue) {
        return tileValue.getJsonNumber("value").bigDecimalValue();
    }

    private static void assertValue(String expected, JsonObject tileValue) {
        assertTrue(tileValue.containsKey("value"), tileValue::toString);
        assertEquals(0, new BigDecimal(expected).compareTo(value(tileValue)), tileValue::toString);
    }

    @Test
    void aDashboardsTilesShowTheFiguresOfTheirPeriodsAndThePeriodsBefore() {
        JsonObject created = Api.post(
                        shop.path("/dashboards"),
                        shop.token(),
                        dashboard(
                                "Buyer's week",
                                tile("Spend", "spend", "month_to_date", true),
                                tile("OTD", "on_time_percent", "last_7_days", false),
                                tile("Savings", "savings", "quarter_to_date", true),
                                tile("Pending", "backlog", "last_30_days", true),
                                tile("USD spend", "spend", "last_7_days", false).add("currency", "USD"),
                                tile("Approvals", "approvals_ended", "last_7_days", false)))
                .expect(201)
                .json();
        String id = created.getString("id");
        assertFalse(created.getBoolean("built_in"));

        JsonObject data = Api.get(shop.path("/dashboards/" + id + "/data"), shop.token())
                .expect(200)
                .json();
        assertEquals("EUR", data.getString("currency"));
        assertEquals(Analysed.TODAY, data.getString("as_of"));
        List<JsonObject> tiles = data.getJsonArray("tiles").getValuesAs(JsonObject.class);
        JsonObject spend = tiles.get(0);
        assertValue("520.00", spend.getJsonObject("current"));
        assertEquals(
                Analysed.TODAY.substring(0, 8) + "01",
                spend.getJsonObject("current").getString("from"));
        assertValue("0.00", spend.getJsonObject("previous")); // the same days of last month: nothing placed
        assertEquals(
                0,
                new BigDecimal("520.00").compareTo(spend.getJsonNumber("change").bigDecimalValue()));
        assertFalse(spend.containsKey("change_percent"), "no percent change from zero");
        assertValue("100.00", tiles.get(1).getJsonObject("current"));
        assertFalse(tiles.get(1).containsKey("previous"));
        assertValue("1400.00", tiles.get(2).getJsonObject("current"));
        JsonObject pending = tiles.get(3);
        assertValue("1", pending.getJsonObject("current"));
        assertFalse(pending.containsKey("previous"), "the backlog is as of now: nothing to compare");
        assertValue("270.00", tiles.get(4).getJsonObject("current"));
        assertValue("4", tiles.get(5).getJsonObject("current"));

        // Changed in full; then deleted; every step on the audit trail.
        JsonObject changed = Api.request("PUT", shop.path("/dashboards/" + id))
                .token(shop.token())
                .json(dashboard("Buyer's month", tile("Spend", "spend", "previous_month", false)))
                .send()
                .expect(200)
                .json();
        assertEquals("Buyer's month", changed.getString("name"));
        assertEquals(1, changed.getJsonArray("tiles").size());
        Api.request("DELETE", shop.path("/dashboards/" + id))
                .token(shop.token())
                .send()
                .expect(204);
        Api.get(shop.path("/dashboards/" + id), shop.token()).expectProblem(404, "not-found");
        List<String> trail = Await.until("the dashboard's audit trail", Duration.ofSeconds(30), () -> {
            List<String> actions = Api.get(shop.path("/audit/entities/dashboard/" + id), shop.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .map(e -> e.getString("action"))
                    .sorted()
                    .toList();
            return actions.size() == 3 ? Optional.of(actions) : Optional.empty();
        });
        assertEquals(List.of("dashboard.changed", "dashboard.created", "dashboard.deleted"), trail);
    }

    @Test
    void theBuiltInProcurementDashboardIsListedFirstShownAndReadOnly() {
        List<JsonObject> all = Api.get(shop.path("/dashboards"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject builtIn = all.get(0);
        assertTrue(builtIn.getBoolean("built_in"));
        assertEquals("Procurement", builtIn.getString("name"));
        String id = builtIn.getString("id");
        JsonObject data = Api.get(shop.path("/dashboards/" + id + "/data"), shop.token())
                .expect(200)
                .json();
        List<JsonObject> tiles = data.getJsonArray("tiles").getValuesAs(JsonObject.class);
        assertEquals(8, tiles.size());
        assertEquals("spend", tiles.get(0).getString("kpi"));
        assertValue("520.00", tiles.get(0).getJsonObject("current"));
        Api.request("PUT", shop.path("/dashboards/" + id))
                .token(shop.token())
                .json(dashboard("Mine", tile("Spend", "spend", "last_7_days", false)))
                .send()
                .expectProblem(409, "dashboard-built-in");
        Api.request("DELETE", shop.path("/dashboards/" + id))
                .token(shop.token())
                .send()
                .expectProblem(409, "dashboard-built-in");
        List<String> kpis = Api.get(shop.path("/dashboards/kpis"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("kpis")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(k -> k.getString("key"))
                .toList();
        assertTrue(kpis.containsAll(List.of("spend", "savings", "backlog", "approval_hours_p50")), kpis::toString);
    }

    @Test
    void badDashboardsAreRefusedWhole() {
        assertEquals(
                List.of("tiles[0].kpi", "tiles[1].supplier_id"),
                Api.post(
                                shop.path("/dashboards"),
                                shop.token(),
                                dashboard(
                                        "Broken",
                                        tile("?", "happiness", "last_7_days", false),
                                        tile("Ended", "approvals_ended", "last_7_days", false)
                                                .add(
                                                        "supplier_id",
                                                        example.acme().toString())))
                        .fieldErrors());
        assertEquals(
                List.of("tiles[0].period"),
                Api.post(
                                shop.path("/dashboards"),
                                shop.token(),
                                dashboard("Broken", tile("S", "spend", "forever", false)))
                        .fieldErrors());
        assertEquals(
                List.of("tiles"),
                Api.post(
                                shop.path("/dashboards"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("name", "Empty")
                                        .add("tiles", Json.createArrayBuilder())
                                        .build())
                        .fieldErrors());
        Api.post(shop.path("/dashboards"), shop.token(), dashboard("Twice", tile("S", "spend", "last_7_days", false)))
                .expect(201);
        Api.post(shop.path("/dashboards"), shop.token(), dashboard("TWICE", tile("S", "spend", "last_7_days", false)))
                .expectProblem(409, "dashboard-name-taken");
        Api.post(
                        shop.path("/dashboards"),
                        shop.token(),
                        dashboard("procurement", tile("S", "spend", "last_7_days", false)))
                .expectProblem(409, "dashboard-name-taken");
    }
}
