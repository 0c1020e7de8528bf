package dev.procura.engineering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A project's BOM through the API: the worked example of {@link BomExplosionTest} (FRAME of 250 cm
 * TUBE and 2 BRACKET of 4 BOLT and 1 PLATE; 1 MOTOR) exploded for 2 projects and costed from the
 * item master's standard costs, lines refused with their field errors, and a removed line taking
 * its children with it.
 */
@MicroShedTest
class ProjectBomIT {

    private static String build(Engineering t) {
        String frame = t.addLine(Engineering.line(null, "FRAME", "1", "ea", "make"));
        t.addLine(Engineering.line(null, "MOTOR", "1", "ea", "buy"));
        t.addLine(Engineering.line(frame, "TUBE", "250", "cm", "buy"));
        String bracket = t.addLine(Engineering.line(frame, "BRACKET", "2", "ea", "make"));
        t.addLine(Engineering.line(bracket, "BOLT", "4", "ea", "buy"));
        t.addLine(Engineering.line(bracket, "PLATE", "1", "ea", "buy"));
        return bracket;
    }

    private static JsonObject explosion(Engineering t, String quantity) {
        return Api.get(t.path("/bom/explosion?quantity=" + quantity), t.shop().token())
                .expect(200)
                .json();
    }

    private static Map<String, JsonObject> byItem(JsonObject explosion) {
        return explosion.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getString("item_code"), Function.identity()));
    }

    private static void assertAmount(String expected, JsonObject json, String key) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(json.getJsonNumber(key).bigDecimalValue()),
                key + ": expected " + expected + " in " + json);
    }

    @Test
    void theBomExplodesForAQuantityAndCostsRollUpPerLevel() {
        Engineering t = Engineering.ready("BOM explosion");
        build(t);
        JsonObject exploded = explosion(t, "2");
        assertEquals(
                List.of("10", "10.10", "10.20", "10.20.10", "10.20.20", "20"),
                exploded.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("path"))
                        .toList(),
                "tree order, children by position (given in the order added: 10, 20)");
        Map<String, JsonObject> lines = byItem(exploded);
        assertAmount("2", lines.get("FRAME"), "total_quantity");
        assertAmount("500", lines.get("TUBE"), "total_quantity");
        assertAmount("5", lines.get("TUBE"), "base_quantity");
        assertEquals("m", lines.get("TUBE").getString("base_unit"));
        assertAmount("12.50", lines.get("TUBE"), "cost");
        assertAmount("4", lines.get("BRACKET"), "total_quantity");
        assertAmount("16", lines.get("BOLT"), "total_quantity");
        assertAmount("1.60", lines.get("BOLT"), "cost");
        assertAmount("4", lines.get("PLATE"), "total_quantity");
        assertFalse(lines.get("PLATE").containsKey("cost"), "no standard cost: no cost, not a failure");
        assertTrue(lines.get("PLATE").getBoolean("cost_missing"));
        assertAmount("1.60", lines.get("BRACKET"), "cost");
        assertFalse(lines.get("BRACKET").getBoolean("cost_complete"));
        assertAmount("14.10", lines.get("FRAME"), "cost");
        assertAmount("240", lines.get("MOTOR"), "cost");
        assertAmount("254.10", exploded, "total_cost");
        assertEquals("EUR", exploded.getString("currency"));
        assertFalse(exploded.getBoolean("cost_complete"));
        assertEquals(
                List.of("PLATE"),
                exploded.getJsonArray("missing_costs").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        List<JsonObject> levels = exploded.getJsonArray("levels").getValuesAs(JsonObject.class);
        assertEquals(3, levels.size());
        assertAmount("254.10", levels.get(0), "cost");
        assertAmount("14.10", levels.get(1), "cost");
        assertAmount("1.60", levels.get(2), "cost");
        assertEquals(2, levels.get(2).getInt("lines"));

        assertAmount("127.05", explosion(t, "1"), "total_cost");
        Api.get(t.path("/bom/explosion"), t.shop().token()).expect(200);
        Api.get(t.path("/bom/explosion?quantity=0"), t.shop().token()).expectProblem(400, "validation");
        Api.get(t.path("/bom/explosion?quantity=two"), t.shop().token()).expectProblem(400, "validation");
    }

    @Test
    void theBomListsItsLinesAndARemovedLineTakesItsChildren() {
        Engineering t = Engineering.ready("BOM remove");
        String bracket = build(t);
        JsonObject bom = Api.get(t.path("/bom"), t.shop().token()).expect(200).json();
        assertEquals("PRJ-1", bom.getString("project_code"));
        assertEquals(6, bom.getJsonArray("lines").size());
        JsonObject line =
                Api.get(t.path("/bom/" + bracket), t.shop().token()).expect(200).json();
        assertEquals("BRACKET", line.getString("item_code"));
        assertEquals(20, line.getInt("position"));
        assertEquals("make", line.getString("source"));

        Api.delete(t.path("/bom/" + bracket), t.shop().token()).expect(204);
        assertEquals(
                List.of("FRAME", "MOTOR", "TUBE"),
                Api.get(t.path("/bom"), t.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("lines")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(l -> l.getString("item_code"))
                        .sorted()
                        .toList());
        assertAmount("252.50", explosion(t, "2"), "total_cost");
        assertTrue(explosion(t, "2").getBoolean("cost_complete"));
        Api.get(t.path("/bom/" + bracket), t.shop().token()).expectProblem(404, "not-found");
        Api.delete(t.path("/bom/" + bracket), t.shop().token()).expectProblem(404, "not-found");
    }

    @Test
    void badLinesAreRefusedWithTheirFieldsAndNothingIsWritten() {
        Engineering t = Engineering.ready("BOM bad input");
        String frame = t.addLine(Engineering.line(null, "FRAME", "1", "ea", "make"));
        String motor = t.addLine(Engineering.line(null, "MOTOR", "1", "ea", "buy"));
        String elsewhere = Engineering.project(t.shop(), "PRJ-2", null);
        String foreign = Api.post(
                        t.shop().path("/projects/" + elsewhere + "/bom"),
                        t.shop().token(),
                        Engineering.line(null, "FRAME", "1", "ea", "make").build())
                .expect(201)
                .json()
                .getString("id");

        assertEquals(
                List.of("item_code"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(frame, "NOPE", "1", "ea", "buy")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("unit"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(frame, "TUBE", "1", "kg", "buy")
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("parent_id"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(motor, "BOLT", "1", "ea", "buy")
                                        .build())
                        .fieldErrors(),
                "a buy line has no children");
        assertEquals(
                List.of("parent_id"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(foreign, "BOLT", "1", "ea", "buy")
                                        .build())
                        .fieldErrors(),
                "another project's line");
        assertEquals(
                List.of("position"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(null, "BOLT", "1", "ea", "buy")
                                        .add("position", 10)
                                        .build())
                        .fieldErrors(),
                "FRAME holds position 10 at the top");
        assertEquals(
                List.of("quantity", "source"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                Engineering.line(frame, "BOLT", "0", "ea", "rent")
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("item_code", "unit"),
                Api.post(
                                t.path("/bom"),
                                t.shop().token(),
                                jakarta.json.Json.createObjectBuilder()
                                        .add("quantity", 1)
                                        .add("source", "buy")
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
        assertEquals(
                2,
                Api.get(t.path("/bom"), t.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("lines")
                        .size());
        Api.get(
                        t.shop().path("/projects/" + UUID.randomUUID() + "/bom"),
                        t.shop().token())
                .expectProblem(404, "not-found");
    }
}
