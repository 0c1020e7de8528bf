package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * NCRs against a supplier count in its scorecard's quality (10 points off per NCR): the
 * performance shows them, and the kept standing that gates new orders is recomputed at once.
 */
@MicroShedTest
class NcrScorecardIT {

    private static JsonObject performance(Ncrs t, UUID supplier) {
        return Api.get(
                        t.shop().path("/suppliers/" + supplier + "/performance"),
                        t.shop().token())
                .expect(200)
                .json();
    }

    private static BigDecimal quality(JsonObject performance) {
        return performance.getJsonObject("scorecard").getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("quality"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("score")
                .bigDecimalValue();
    }

    private static JsonObject order(UUID supplier) {
        return Buying.orderBody(supplier, Buying.lines(Buying.line("BOLT-M8", "1", "1", "0")))
                .build();
    }

    @Test
    void anNcrAgainstASupplierLowersItsQualityScoreAndItsStandingAtOnce() {
        Ncrs t = Ncrs.ready("NCR scorecard");
        Api.put(
                        t.shop().path("/settings"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add(
                                        "scorecard_weights",
                                        Json.createObjectBuilder()
                                                .add("quality", 70)
                                                .add("delivery", 10)
                                                .add("price", 10)
                                                .add("service", 10))
                                .add(
                                        "standings",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "poor")
                                                        .add("min_score", 0)
                                                        .add("action", "block"))
                                                .add(Json.createObjectBuilder()
                                                        .add("name", "good")
                                                        .add("min_score", 75)
                                                        .add("action", "none")))
                                .build())
                .expect(200);
        Api.post(
                        t.shop().path("/suppliers/" + t.supplier() + "/rate"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("quality", 4)
                                .add("delivery", 4)
                                .add("price", 4)
                                .add("service", 4)
                                .build())
                .expect(201);
        UUID clean = Buying.supplier(t.shop(), "CLEAN");

        JsonObject before = performance(t, t.supplier());
        // quality: mean of mark 4 (75) and 80% accepted
        assertEquals(0, new BigDecimal("77.50").compareTo(quality(before)), before::toString);
        assertEquals(0, before.getJsonObject("non_conformances").getInt("reports"));
        Api.post(t.shop().path("/purchase-orders"), t.shop().token(), order(t.supplier()))
                .expect(201);

        t.raise(t.manual());
        JsonObject after = performance(t, t.supplier());
        assertEquals(0, new BigDecimal("67.50").compareTo(quality(after)), after::toString);
        assertEquals(1, after.getJsonObject("non_conformances").getInt("reports"));
        assertEquals(
                0,
                new BigDecimal("3")
                        .compareTo(after.getJsonObject("non_conformances")
                                .getJsonNumber("quantity")
                                .bigDecimalValue()));
        assertTrue(after.getJsonObject("scorecard")
                        .getJsonNumber("score")
                        .bigDecimalValue()
                        .compareTo(before.getJsonObject("scorecard")
                                .getJsonNumber("score")
                                .bigDecimalValue())
                < 0);
        Api.post(t.shop().path("/purchase-orders"), t.shop().token(), order(t.supplier()))
                .expectProblem(409, "supplier-blocked");

        assertEquals(0, performance(t, clean).getJsonObject("non_conformances").getInt("reports"));
    }
}
