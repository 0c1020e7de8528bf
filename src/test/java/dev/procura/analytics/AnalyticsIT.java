package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/** The analytics endpoints through the running server against the hand-computed figures of {@link Analysed}. */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {

    private Analysed example;

    @BeforeAll
    void arrange() {
        example = Analysed.example("Analytics");
    }

    private static void assertAmount(String expected, JsonObject json, String field) {
        assertFalse(absent(json, field), () -> field + " is null in " + json);
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(json.getJsonNumber(field).bigDecimalValue()),
                () -> field + " in " + json);
    }

    /** Nothing to count: the figure is null, which the JSON leaves out. */
    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    private static Map<String, JsonObject> byCode(JsonObject report) {
        return report.getJsonArray("suppliers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("code"), s -> s));
    }

    @Test
    void supplierFiguresFollowTheCatalogue() {
        JsonObject report = example.get("suppliers", "&interval=day&top=2");
        assertEquals("EUR", report.getString("currency"));
        // 200.00 + 300.00 USD × 0.9 + 50.00: the rejected, pending and draft orders are not placed.
        assertAmount("520.00", report, "spend");
        JsonObject day = report.getJsonArray("series").getJsonObject(0);
        assertEquals(Analysed.TODAY, day.getString("period_start"));
        assertEquals(3, day.getInt("orders"));
        assertEquals(3, day.getInt("deliveries"));
        assertAmount("100.00", day, "on_time_percent"); // promised in a week
        assertAmount("66.67", day, "in_full_percent"); // BETA's first receipt (4 of 10) is not in full
        assertAmount("0.90", day, "rejected_percent"); // 1 of 111
        assertAmount("1.00", day, "price_variance"); // +10.00 EUR, −10.00 USD = −9.00 EUR

        List<String> order = report.getJsonArray("suppliers").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code"))
                .toList();
        assertEquals(List.of("BETA", "ACME", "GAMMA"), order, "by spend, largest first");
        Map<String, JsonObject> suppliers = byCode(report);
        JsonObject beta = suppliers.get("BETA");
        assertAmount("270.00", beta, "spend");
        assertAmount("51.92", beta, "spend_percent");
        assertEquals(2, beta.getInt("deliveries"));
        assertAmount("50.00", beta, "in_full_percent");
        assertAmount("9.09", beta, "rejected_percent");
        assertAmount("-9.00", beta, "price_variance");
        JsonObject acme = suppliers.get("ACME");
        assertAmount("38.46", acme, "spend_percent");
        assertAmount("10.00", acme, "price_variance");
        JsonObject gamma = suppliers.get("GAMMA");
        assertEquals(0, gamma.getInt("deliveries"));
        assertTrue(absent(gamma, "on_time_percent"), "nothing to count is null, not zero");
        assertTrue(absent(gamma, "price_variance"));

        // The scorecard is the one the supplier's performance shows for the same days.
        JsonObject performance = Api.get(
                        example.shop()
                                .path("/suppliers/" + example.acme() + "/performance?from=" + Analysed.TODAY + "&to="
                                        + Analysed.TODAY),
                        example.shop().token())
                .expect(200)
                .json();
        JsonValue expectedScore = performance.getJsonObject("scorecard").get("score");
        assertEquals(
                0,
                performance
                        .getJsonObject("scorecard")
                        .getJsonNumber("score")
                        .bigDecimalValue()
                        .compareTo(acme.getJsonNumber("score").bigDecimalValue()),
                () -> acme + " vs " + expectedScore);
        assertEquals(
                acme.getJsonNumber("score"),
                acme.getJsonArray("score_trend").getJsonObject(0).getJsonNumber("score"));

        List<JsonObject> categories = report.getJsonArray("categories").getValuesAs(JsonObject.class);
        assertEquals("metal", categories.get(0).getString("category"));
        assertAmount("470.00", categories.get(0), "spend");
        assertAmount("90.38", categories.get(0), "spend_percent");
        assertEquals("office", categories.get(1).getString("category"));
        assertAmount("320.00", categories.get(1), "spend");
        JsonObject concentration = report.getJsonObject("concentration");
        assertEquals(2, concentration.getInt("top"));
        assertEquals(3, concentration.getInt("suppliers"));
        assertAmount("90.38", concentration, "top_percent");
        JsonObject rate = report.getJsonArray("rates_used").getJsonObject(0);
        assertEquals("USD", rate.getString("from"));
        assertEquals(Analysed.TODAY, rate.getString("on"));
        assertAmount("0.9", rate, "rate");
    }

    @Test
    void filtersNarrowEveryFigure() {
        assertAmount("320.00", example.get("suppliers", "&category=office"), "spend");
        JsonObject usd = example.get("suppliers", "&currency=USD");
        assertAmount("270.00", usd, "spend");
        assertAmount("-9.00", usd.getJsonArray("series").getJsonObject(0), "price_variance");
        JsonObject acme = example.get("suppliers", "&supplier_id=" + example.acme());
        assertAmount("200.00", acme, "spend");
        assertEquals(1, acme.getJsonArray("suppliers").size());
        JsonObject nowhere = example.get("suppliers", "&cost_centre=NOWHERE");
        assertAmount("0.00", nowhere, "spend");
        assertTrue(absent(nowhere.getJsonArray("series").getJsonObject(0), "on_time_percent"));
        // A month bucket starts on the first.
        assertEquals(
                Analysed.TODAY.substring(0, 8) + "01",
                example.get("suppliers", "")
                        .getJsonArray("series")
                        .getJsonObject(0)
                        .getString("period_start"));
    }

    @Test
    void savingsCompareTheAwardWithTheCompleteCompetingQuotes() {
        JsonObject highest = example.get("savings", "");
        assertEquals("highest", highest.getString("baseline"));
        List<JsonObject> rfqs = highest.getJsonArray("rfqs").getValuesAs(JsonObject.class);
        assertEquals(2, rfqs.size());
        JsonObject laptops = rfqs.stream()
                .filter(r -> r.getString("rfq_id").equals(example.rfq1()))
                .findFirst()
                .orElseThrow();
        assertAmount("11500.00", laptops, "awarded_net");
        assertAmount("12900.00", laptops, "baseline_net"); // GAMMA; BETA is 12,600.00, DELTA incomplete
        assertAmount("1400.00", laptops, "savings");
        assertEquals(2, laptops.getInt("competing_quotes"));
        JsonObject chairs = rfqs.stream()
                .filter(r -> r.getString("rfq_id").equals(example.rfq2()))
                .findFirst()
                .orElseThrow();
        assertTrue(absent(chairs, "savings"), "no competing quote, no savings");
        assertEquals(0, chairs.getInt("competing_quotes"));
        assertAmount("1400.00", highest, "savings");
        assertAmount("10.85", highest, "savings_percent"); // 1,400 / 12,900
        assertAmount("1250.00", example.get("savings", "&baseline=average"), "savings"); // (12,600 + 12,900) / 2
        assertAmount("1100.00", example.get("savings", "&baseline=first"), "savings"); // BETA came first

        JsonObject ppv = highest.getJsonObject("price_variance");
        assertAmount("1.00", ppv, "total");
        assertEquals(2, ppv.getInt("lines"));
        assertEquals(0, ppv.getInt("unmatched_lines"));
        JsonObject first = ppv.getJsonArray("suppliers").getJsonObject(0);
        assertEquals("ACME", first.getString("code")); // |10.00| > |−9.00|
        assertAmount("10.00", first, "price_variance");
        assertEquals(
                List.of("USD"),
                highest.getJsonArray("rates_used").getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("from"))
                        .distinct()
                        .toList());
        // Only BETA's invoice is in USD; no RFQ was awarded in USD.
        JsonObject usd = example.get("savings", "&currency=USD");
        assertEquals(0, usd.getJsonArray("rfqs").size());
        assertTrue(absent(usd, "savings"));
        assertAmount("-9.00", usd.getJsonObject("price_variance"), "total");
    }

    @Test
    void approvalFiguresCountEndsRejectionsReasonsBacklogAndLoad() {
        JsonObject report = example.get("approvals", "&document_type=purchase_order");
        // O1, O2, O3 approved and O4 rejected today; O5 waits.
        assertEquals(4, report.getInt("ended"));
        assertAmount("25.00", report, "rejection_percent");
        JsonObject bucket = report.getJsonArray("series").getJsonObject(0);
        assertEquals(1, bucket.getInt("rejected"));
        assertNotNull(bucket.getJsonNumber("hours_p90"), report::toString);
        JsonObject reason = report.getJsonArray("rejection_reasons").getJsonObject(0);
        assertEquals("over budget", reason.getString("reason"));
        assertEquals(1, reason.getInt("count"));
        JsonObject approver = report.getJsonArray("approvers").getJsonObject(0);
        assertEquals(Buying.approver(example.shop()).id().toString(), approver.getString("user_id"));
        assertEquals(3, approver.getInt("approved"));
        assertEquals(1, approver.getInt("rejected"));
        JsonObject backlog = report.getJsonObject("backlog");
        assertEquals(1, backlog.getInt("pending"));
        assertEquals(
                "under_1_day", backlog.getJsonArray("ageing").getJsonObject(0).getString("age"));
        assertEquals(1, backlog.getJsonArray("ageing").getJsonObject(0).getInt("pending"));
        assertEquals(1, backlog.getJsonArray("levels").getJsonObject(0).getInt("level"));
        JsonObject level = report.getJsonArray("levels").getJsonObject(0);
        assertEquals("purchase_order", level.getString("document_type"));
        assertEquals(4, level.getInt("decisions"));
        assertEquals(0, example.get("approvals", "&document_type=invoice").getInt("ended"));
    }

    @Test
    void theCatalogueDefinesEveryFigureTheEndpointsShow() {
        List<JsonObject> definitions = Api.get(
                        example.shop().path("/analytics/definitions"),
                        example.shop().token())
                .expect(200)
                .json()
                .getJsonArray("definitions")
                .getValuesAs(JsonObject.class);
        List<String> keys = definitions.stream().map(d -> d.getString("key")).toList();
        for (String key : List.of(
                "spend",
                "on_time_percent",
                "in_full_percent",
                "rejected_percent",
                "price_variance",
                "score",
                "top_percent",
                "savings",
                "ppv",
                "rejection_percent",
                "cycle_hours",
                "backlog")) {
            assertTrue(keys.contains(key), key);
        }
        assertTrue(definitions.stream().allMatch(d -> d.getString("definition").length() > 30));
    }

    @Test
    void badPeriodsAndFiltersAreProblems() {
        String base = "/analytics/suppliers";
        var shop = example.shop();
        assertEquals(
                List.of("from"),
                Api.get(shop.path(base + "?to=2026-01-01"), shop.token()).fieldErrors());
        Api.get(shop.path(base + "?from=2026-02-01&to=2026-01-01"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path(base + "?from=2020-01-01&to=2026-01-01&interval=day"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path(base + "?from=2026-01-01&to=2026-01-31&interval=year"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path(base + "?from=2026-01-01&to=2026-01-31&currency=eur"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path(base + "?from=2026-01-01&to=2026-01-31&top=0"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path("/analytics/savings?from=2026-01-01&to=2026-01-31&baseline=lowest"), shop.token())
                .expectProblem(400, "validation");
        Api.get(shop.path("/analytics/approvals?from=2026-01-01&to=2026-01-31&document_type=x"), shop.token())
                .expectProblem(400, "validation");
    }
}
