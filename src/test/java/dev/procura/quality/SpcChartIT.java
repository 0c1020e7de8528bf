package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * SPC charts computed through the server from measurements of known values, against centre lines
 * and limits worked out by hand here with the standard constants (n = 3: A2 = 1.023, D3 = 0,
 * D4 = 2.574), and the refusals: a chart that does not fit the characteristic, an empty period.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpcChartIT {

    private static final double EXACT = 1e-9;

    private Shop shop;
    private String diameter;
    private String finish;
    private final Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** Subgroups of 3, one per minute: X̄ 11, 12, 10, 13 (X̄̄ 11.5) and R 2 each (R̄ 2). */
    private static final double[][] SUBGROUPS = {{10, 12, 11}, {11, 13, 12}, {9, 10, 11}, {12, 14, 13}};

    /** Of 5 units per subgroup, this many failed: p̄ = 4 / 20 = 0.2. */
    private static final int[] FAILED = {1, 0, 2, 1};

    @BeforeAll
    void arrange() {
        shop = Quality.shop("SPC charts");
        JsonObject plan = Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody(
                                        "SHAFT",
                                        "operation",
                                        "TURN",
                                        Quality.variable("DIA", "5", "11.5", "18", 3),
                                        Quality.attribute("FIN", "burr").add("sample_size", 5))
                                .build())
                .expect(201)
                .json();
        diameter = plan.getJsonArray("characteristics").getJsonObject(0).getString("id");
        finish = plan.getJsonArray("characteristics").getJsonObject(1).getString("id");
        String inspection = Api.post(
                        shop.path("/inspections"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan.getString("id"))
                                .add("quantity", 20)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (int g = 0; g < SUBGROUPS.length; g++) {
            String at = start.plus(g, ChronoUnit.MINUTES).toString();
            for (double value : SUBGROUPS[g]) {
                all.add(Quality.value("DIA", g + 1, Double.toString(value)).add("measured_at", at));
            }
            for (int unit = 0; unit < 5; unit++) {
                all.add(Quality.attributeResult("FIN", g + 1, unit >= FAILED[g], unit >= FAILED[g] ? null : "burr")
                        .add("measured_at", at));
            }
        }
        Quality.measure(
                        shop,
                        inspection,
                        Json.createObjectBuilder().add("measurements", all).build())
                .expect(200);
    }

    private JsonObject chart(String query) {
        return Api.get(shop.path("/quality/spc-charts?" + query), shop.token())
                .expect(200)
                .json();
    }

    private static void limits(JsonObject series, double centre, double lower, double upper) {
        assertEquals(centre, series.getJsonNumber("centre").doubleValue(), 1e-6, series.getString("name"));
        assertEquals(lower, series.getJsonNumber("lower").doubleValue(), 1e-6, series.getString("name"));
        assertEquals(upper, series.getJsonNumber("upper").doubleValue(), 1e-6, series.getString("name"));
    }

    @Test
    void anXbarRChartOfSubgroupsOfThree() {
        JsonObject chart = chart("characteristic=" + diameter);

        assertEquals("xbar_r", chart.getString("chart"), "subgroups of 3: X̄-R by default");
        assertEquals(4, chart.getInt("subgroups"));
        assertEquals(12, chart.getInt("measurements"));
        List<JsonObject> series = chart.getJsonArray("series").getValuesAs(JsonObject.class);
        double grand = 11.5;
        double range = 2;
        limits(series.get(0), grand, grand - 1.023 * range, grand + 1.023 * range);
        limits(series.get(1), range, 0, 2.574 * range);
        List<Double> means = series.get(0).getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("value").doubleValue())
                .toList();
        assertEquals(List.of(11.0, 12.0, 10.0, 13.0), means);
        assertEquals(
                start.plus(3, ChronoUnit.MINUTES),
                Instant.parse(
                        series.get(0).getJsonArray("points").getJsonObject(3).getString("at")));
        JsonObject capability = chart.getJsonObject("capability");
        assertNotNull(capability);
        // Within sigma R̄ / d2 = 2 / 1.693; Cp = (18 - 5) / (6 σ).
        double sigma = range / 1.693;
        assertEquals(13 / (6 * sigma), capability.getJsonNumber("cp").doubleValue(), 1e-3);
    }

    @Test
    void aPChartOfTheAttribute() {
        JsonObject chart = chart("characteristic=" + finish);

        assertEquals("p", chart.getString("chart"));
        JsonObject p = chart.getJsonArray("series").getJsonObject(0);
        double pBar = 0.2;
        limits(p, pBar, 0, pBar + 3 * Math.sqrt(pBar * (1 - pBar) / 5));
        List<Double> fractions = p.getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getJsonNumber("value").doubleValue())
                .toList();
        assertEquals(0.2, fractions.get(0), EXACT);
        assertEquals(0.0, fractions.get(1), EXACT);
        assertEquals(0.4, fractions.get(2), EXACT);
    }

    @Test
    void anIndividualsChartOfTheSameValuesWhenAskedFor() {
        JsonObject chart = chart("characteristic=" + diameter + "&chart=i_mr");

        List<JsonObject> series = chart.getJsonArray("series").getValuesAs(JsonObject.class);
        assertEquals(12, series.get(0).getJsonArray("points").size());
        // Moving ranges of 10 12 11 11 13 12 9 10 11 12 14 13: 2 1 0 2 1 3 1 1 1 2 1, MR̄ = 15 / 11.
        double mean = 138.0 / 12;
        double mr = 15.0 / 11;
        double spread = 3 / 1.128 * mr;
        limits(series.get(0), mean, mean - spread, mean + spread);
    }

    @Test
    void aChartThatDoesNotFitOrAnEmptyPeriodIsABadRequest() {
        assertEquals(
                List.of("chart"),
                Api.get(shop.path("/quality/spc-charts?characteristic=" + finish + "&chart=xbar_r"), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("chart"),
                Api.get(shop.path("/quality/spc-charts?characteristic=" + diameter + "&chart=pareto"), shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("characteristic"),
                Api.get(
                                shop.path("/quality/spc-charts?characteristic=" + diameter + "&to="
                                        + start.minus(1, ChronoUnit.DAYS)),
                                shop.token())
                        .fieldErrors());
        assertEquals(
                List.of("characteristic"),
                Api.get(shop.path("/quality/spc-charts"), shop.token()).fieldErrors());
        Api.get(shop.path("/quality/spc-charts?characteristic=" + java.util.UUID.randomUUID()), shop.token())
                .expectProblem(404, "not-found");
    }
}
