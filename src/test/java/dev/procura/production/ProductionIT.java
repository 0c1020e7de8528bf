package dev.procura.production;

import static dev.procura.support.Production.operation;
import static dev.procura.support.Production.workOrderBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Work orders through the API: lifecycle, shop-floor reports, OEE and first-pass yield by hand, bad input. */
@MicroShedTest
class ProductionIT {

    private static final JsonObject EMPTY = Json.createObjectBuilder().build();

    static Shop shop(String name) {
        Shop shop = Buying.shop(name);
        Production.items(shop, "GEAR", "SHAFT");
        Production.typeList(shop, "downtime_reason", "breakdown", "setup");
        return shop;
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

    private static JsonObject downtime(int sequence, String reason, String minutes) {
        return Json.createObjectBuilder()
                .add("sequence", sequence)
                .add("reason", reason)
                .add("minutes", new BigDecimal(minutes))
                .build();
    }

    private static Reply post(Shop shop, String path, JsonObject body) {
        return Api.post(shop.path(path), shop.token(), body);
    }

    static List<JsonObject> array(Reply reply) {
        assertEquals(2, reply.status() / 100, reply::body);
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue();
    }

    private static void assertDecimal(String expected, JsonObject o, String key) {
        assertEquals(0, new BigDecimal(expected).compareTo(decimal(o, key)), key + " of " + o);
    }

    @Test
    void aWorkOrderIsPlannedReleasedRunAndCompleted() {
        Shop shop = shop("Work order life");
        JsonObject order = Production.workOrder(
                shop,
                null,
                workOrderBody("GEAR", "100", operation(20, "ASSY", "BENCH", "60"), operation(10, "TURN", "CNC", "30")));
        String id = order.getString("id");
        assertTrue(order.getString("number").matches("WO-\\d{6}"), order.getString("number"));
        assertEquals("planned", order.getString("status"));
        assertEquals("ea", order.getString("unit"));
        assertEquals(
                List.of(10, 20),
                order.getJsonArray("operations").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getInt("sequence"))
                        .toList(),
                "operations are kept in sequence order");

        JsonObject changed = Api.put(
                        shop.path("/work-orders/" + id),
                        shop.token(),
                        workOrderBody("GEAR", "120", operation(10, "TURN", "CNC", "30"))
                                .add("notes", "rush")
                                .build())
                .expect(200)
                .json();
        assertDecimal("120", changed, "quantity");
        assertEquals(1, changed.getJsonArray("operations").size());

        post(shop, "/work-orders/" + id + "/confirmations", confirmation(10, "5", "5", "0", "0", "3"))
                .expectProblem(409, "invalid-transition");
        assertEquals(
                "released",
                post(shop, "/work-orders/" + id + "/release", EMPTY)
                        .expect(200)
                        .json()
                        .getString("status"));
        Api.put(
                        shop.path("/work-orders/" + id),
                        shop.token(),
                        workOrderBody("GEAR", "1", operation(10, "T", "C", "1")).build())
                .expectProblem(409, "invalid-transition");

        post(shop, "/work-orders/" + id + "/confirmations", confirmation(10, "10", "9", "1", "0", "6"))
                .expect(201);
        JsonObject running = Api.get(shop.path("/work-orders/" + id), shop.token())
                .expect(200)
                .json();
        assertEquals("in_progress", running.getString("status"));
        assertFalse(running.isNull("started_at"));

        assertEquals(
                "completed",
                post(shop, "/work-orders/" + id + "/complete", EMPTY)
                        .expect(200)
                        .json()
                        .getString("status"));
        post(shop, "/work-orders/" + id + "/downtimes", downtime(10, "setup", "5"))
                .expectProblem(409, "invalid-transition");
        post(shop, "/work-orders/" + id + "/cancel", EMPTY).expectProblem(409, "invalid-transition");

        JsonObject page = Api.get(shop.path("/work-orders?status=completed&item_code=GEAR"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"));
        assertEquals(
                0,
                Api.get(shop.path("/work-orders?status=planned"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        String cancelled = Production.workOrder(
                        shop, null, workOrderBody("SHAFT", "5", operation(10, "CUT", "SAW", "12")))
                .getString("id");
        assertEquals(
                "cancelled",
                post(shop, "/work-orders/" + cancelled + "/cancel", EMPTY)
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    /**
     * GEAR: TURN at CNC (30 s/unit) takes 100 in, 90 first time, 6 reworked, 4 scrapped in 60 min,
     * with 15 + 5 min down; ASSY at BENCH (60 s/unit) takes 96 in, 94 first time, 2 scrapped in 100
     * min. CNC: A = 60/80, P = 50/60, Q = 96/100, OEE 0.6. BENCH: A = 1, P = 96/100, Q = 94/96,
     * OEE 0.94. FPY TURN 0.9, ASSY 94/96; RTY 0.9 × 94/96 = 0.88125.
     */
    @Test
    void oeeAndFirstPassYieldFollowTheReports() {
        Shop shop = shop("OEE by hand");
        String id = Production.workOrder(
                        shop,
                        null,
                        workOrderBody(
                                "GEAR",
                                "100",
                                operation(10, "TURN", "CNC", "30"),
                                operation(20, "ASSY", "BENCH", "60")))
                .getString("id");
        post(shop, "/work-orders/" + id + "/release", EMPTY).expect(200);
        String base = "/work-orders/" + id;
        JsonObject turned = post(shop, base + "/confirmations", confirmation(10, "100", "90", "6", "4", "60"))
                .expect(201)
                .json();
        assertDecimal("50", turned, "ideal_minutes");
        assertEquals("CNC", turned.getString("work_centre"));
        post(shop, base + "/downtimes", downtime(10, "breakdown", "15")).expect(201);
        post(shop, base + "/downtimes", downtime(10, "setup", "5")).expect(201);
        post(shop, base + "/confirmations", confirmation(20, "96", "94", "0", "2", "100"))
                .expect(201);
        JsonObject old = Json.createObjectBuilder(confirmation(10, "50", "0", "0", "50", "30"))
                .add("confirmed_on", LocalDate.now(ZoneOffset.UTC).minusDays(40).toString())
                .build();
        post(shop, base + "/confirmations", old).expect(201);
        assertEquals(
                3,
                array(Api.get(shop.path(base + "/confirmations"), shop.token())).size());
        List<JsonObject> stood = array(Api.get(shop.path(base + "/downtimes"), shop.token()));
        assertEquals(
                List.of("breakdown", "setup"),
                stood.stream().map(d -> d.getString("reason")).toList());

        JsonObject oee =
                Api.get(shop.path("/production/oee"), shop.token()).expect(200).json();
        List<JsonObject> centres = oee.getJsonArray("work_centres").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("BENCH", "CNC"),
                centres.stream().map(c -> c.getString("work_centre")).toList());
        JsonObject cnc = centres.get(1);
        assertDecimal("80", cnc, "planned_minutes");
        assertDecimal("20", cnc, "downtime_minutes");
        assertDecimal("50", cnc, "ideal_minutes");
        assertDecimal("96", cnc, "good_units");
        assertDecimal("0.75", cnc, "availability");
        assertDecimal("0.8333", cnc, "performance");
        assertDecimal("0.96", cnc, "quality");
        assertDecimal("0.6", cnc, "oee");
        assertDecimal("15", cnc.getJsonObject("downtime_by_reason"), "breakdown");
        JsonObject bench = centres.get(0);
        assertDecimal("1", bench, "availability");
        assertDecimal("0.96", bench, "performance");
        assertDecimal("0.9792", bench, "quality");
        assertDecimal("0.94", bench, "oee");

        JsonObject onlyCnc = Api.get(shop.path("/production/oee?work_centre=CNC"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, onlyCnc.getJsonArray("work_centres").size());
        String longAgo = LocalDate.now(ZoneOffset.UTC).minusDays(45).toString();
        String before = LocalDate.now(ZoneOffset.UTC).minusDays(35).toString();
        JsonObject past = Api.get(shop.path("/production/oee?from=" + longAgo + "&to=" + before), shop.token())
                .expect(200)
                .json()
                .getJsonArray("work_centres")
                .getJsonObject(0);
        assertDecimal("1", past, "availability");
        assertDecimal("0", past, "quality");
        assertDecimal("0", past, "oee");

        JsonObject fpy = Api.get(shop.path("/production/fpy?item_code=GEAR"), shop.token())
                .expect(200)
                .json();
        List<JsonObject> ops = fpy.getJsonArray("operations").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("ASSY", "TURN"),
                ops.stream().map(o -> o.getString("operation_code")).toList());
        assertDecimal("0.9792", ops.get(0), "fpy");
        assertDecimal("0.9", ops.get(1), "fpy");
        assertDecimal("100", ops.get(1), "units_in");
        assertDecimal("0.8813", fpy.getJsonArray("items").getJsonObject(0), "rolled_throughput_yield");
        JsonObject turnOnly = Api.get(shop.path("/production/fpy?operation=TURN"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, turnOnly.getJsonArray("operations").size());
        assertDecimal("0.9", turnOnly.getJsonArray("items").getJsonObject(0), "rolled_throughput_yield");
    }

    @Test
    void badWorkOrdersAreRefusedWithEveryFieldAndNothingIsWritten() {
        Shop shop = shop("Work order input");
        JsonObjectBuilder body =
                workOrderBody("NOPE", "-1", operation(10, "A", "X", "0"), operation(10, "B", "Y", "5"));
        body.add("planned_end", "2020-01-01T00:00:00Z");
        Reply refused = post(shop, "/work-orders", body.build());
        refused.expectProblem(400, "validation");
        List<String> fields = refused.fieldErrors();
        assertTrue(fields.containsAll(List.of("quantity", "operations[0].planned_cycle_seconds")), fields.toString());
        JsonObjectBuilder rules =
                workOrderBody("NOPE", "5", operation(10, "A", "X", "1"), operation(10, "B", "Y", "5"));
        rules.add("planned_end", "2020-01-01T00:00:00Z");
        List<String> ruleFields = post(shop, "/work-orders", rules.build()).fieldErrors();
        assertTrue(
                ruleFields.containsAll(List.of("item_code", "planned_end", "operations[1].sequence")),
                ruleFields.toString());
        post(
                        shop,
                        "/work-orders",
                        Json.createObjectBuilder().add("item_code", "GEAR").build())
                .expectProblem(400, "validation");
        assertEquals(
                0,
                Api.get(shop.path("/work-orders"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));

        String id = Production.released(shop, "GEAR", "10");
        String base = "/work-orders/" + id;
        assertTrue(post(shop, base + "/confirmations", confirmation(10, "10", "5", "1", "1", "5"))
                .fieldErrors()
                .contains("quantity_in"));
        assertTrue(post(shop, base + "/confirmations", confirmation(99, "1", "1", "0", "0", "1"))
                .fieldErrors()
                .contains("sequence"));
        JsonObject future = Json.createObjectBuilder(confirmation(10, "1", "1", "0", "0", "1"))
                .add("confirmed_on", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString())
                .build();
        assertTrue(post(shop, base + "/confirmations", future).fieldErrors().contains("confirmed_on"));
        assertTrue(post(shop, base + "/downtimes", downtime(10, "coffee", "5"))
                .fieldErrors()
                .contains("reason"));
        assertTrue(post(shop, base + "/downtimes", downtime(10, "setup", "0"))
                .fieldErrors()
                .contains("minutes"));
        assertEquals(List.of(), array(Api.get(shop.path(base + "/confirmations"), shop.token())));
        assertEquals(List.of(), array(Api.get(shop.path(base + "/downtimes"), shop.token())));
        assertEquals(
                "released",
                Api.get(shop.path(base), shop.token()).expect(200).json().getString("status"),
                "a refused report does not start the order");
        Api.get(shop.path("/production/oee?from=2026-02-01&to=2026-01-01"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path("/production/fpy?from=yesterday"), shop.token()).expectProblem(400, "validation");
    }

    @Test
    void downtimeNeedsTheTenantsReasonList() {
        Shop shop = Buying.shop("No reasons");
        Production.items(shop, "GEAR");
        String id = Production.released(shop, "GEAR", "10");
        Reply refused = post(shop, "/work-orders/" + id + "/downtimes", downtime(10, "setup", "5"));
        refused.expectProblem(400, "validation");
        assertTrue(refused.body().contains("downtime_reason"), refused.body());
    }

    @Test
    void consumptionAndOutputAreKeptWithTheirLotsAndARefusedOneLeavesNothing() {
        Shop shop = shop("Consumption and output");
        Api.post(
                        shop.path("/lots"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "SHAFT")
                                .add("number", "SH-1")
                                .add("quantity", 10)
                                .build())
                .expect(201);
        String id = Production.released(shop, "GEAR", "4");
        String base = "/work-orders/" + id;
        JsonObject component = Json.createObjectBuilder()
                .add("item_code", "SHAFT")
                .add("lot_number", "SH-1")
                .add("quantity", 12)
                .build();
        Reply tooMuch = post(
                shop,
                base + "/consumptions",
                Json.createObjectBuilder()
                        .add("components", Json.createArrayBuilder().add(component))
                        .build());
        assertTrue(tooMuch.fieldErrors().contains("components[0].quantity"), tooMuch.body());
        assertEquals(List.of(), array(Api.get(shop.path(base + "/consumptions"), shop.token())));
        assertEquals(
                "released",
                Api.get(shop.path(base), shop.token()).expect(200).json().getString("status"));

        JsonObject four = Json.createObjectBuilder(component).add("quantity", 4).build();
        List<JsonObject> consumed = array(post(
                        shop,
                        base + "/consumptions",
                        Json.createObjectBuilder()
                                .add("components", Json.createArrayBuilder().add(four))
                                .build())
                .expect(201));
        assertEquals("SH-1", consumed.get(0).getString("lot_number"));
        assertEquals(
                "in_progress",
                Api.get(shop.path(base), shop.token()).expect(200).json().getString("status"));

        assertTrue(post(
                        shop,
                        base + "/outputs",
                        Json.createObjectBuilder()
                                .add("good_quantity", 2)
                                .add("serial_numbers", Json.createArrayBuilder().add("G-1"))
                                .build())
                .fieldErrors()
                .contains("serial_numbers"));
        JsonObject output = post(
                        shop,
                        base + "/outputs",
                        Json.createObjectBuilder()
                                .add("good_quantity", 3)
                                .add("scrap_quantity", 1)
                                .add("lot_number", "GR-1")
                                .build())
                .expect(201)
                .json();
        assertEquals("GR-1", output.getString("lot_number"));
        JsonObject order = Api.get(shop.path(base), shop.token()).expect(200).json();
        assertDecimal("3", order, "good_quantity");
        assertDecimal("1", order, "scrap_quantity");
        assertEquals(
                1, array(Api.get(shop.path(base + "/outputs"), shop.token())).size());
        JsonObject lot = Api.get(shop.path("/lots?item_code=GEAR"), shop.token())
                .expect(200)
                .json();
        assertEquals("GR-1", lot.getJsonArray("items").getJsonObject(0).getString("number"));
        assertDecimal("3", lot.getJsonArray("items").getJsonObject(0), "quantity");
        assertTrue(post(
                        shop,
                        base + "/outputs",
                        Json.createObjectBuilder().add("good_quantity", 0).build())
                .fieldErrors()
                .contains("good_quantity"));
    }
}
