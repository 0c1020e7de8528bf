package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.quality.InspectionViews.ResultView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InspectionResultsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final Characteristic diameter =
            new Characteristic(UUID.randomUUID(), PlanRulesTest.variable("DIA", "19.9", "20", "20.1"));
    private final Characteristic finish =
            new Characteristic(UUID.randomUUID(), PlanRulesTest.attribute("FIN", List.of("burr")));

    private Measurement value(String value) {
        BigDecimal v = new BigDecimal(value);
        return new Measurement(
                UUID.randomUUID(),
                diameter.id(),
                1,
                v,
                InspectionResults.passes(diameter, v, null),
                null,
                NOW,
                null,
                NOW);
    }

    private Measurement attribute(boolean passed, String defect) {
        return new Measurement(
                UUID.randomUUID(),
                finish.id(),
                1,
                null,
                InspectionResults.passes(finish, null, passed),
                defect,
                NOW,
                null,
                NOW);
    }

    @Test
    void aValueOnTheLimitPassesAndOneBeyondFails() {
        assertTrue(InspectionResults.passes(diameter, new BigDecimal("19.9"), null));
        assertTrue(InspectionResults.passes(diameter, new BigDecimal("20.1"), null));
        assertFalse(InspectionResults.passes(diameter, new BigDecimal("20.1001"), null));
        assertFalse(InspectionResults.passes(diameter, new BigDecimal("19.8999"), null));
    }

    @Test
    void eachCharacteristicPassesFailsOrWaits() {
        List<ResultView> results =
                InspectionResults.of(List.of(diameter, finish), List.of(value("20.00"), value("20.04")));

        assertEquals("pass", results.get(0).result());
        assertEquals(new BigDecimal("20.02"), results.get(0).mean());
        assertEquals(new BigDecimal("20"), results.get(0).min());
        assertEquals("pending", results.get(1).result());
        assertEquals("pending", InspectionResults.overall(results));
    }

    @Test
    void oneFailedMeasurementFailsTheCharacteristicAndTheInspection() {
        List<ResultView> results = InspectionResults.of(
                List.of(diameter, finish),
                List.of(value("20.00"), value("20.2"), attribute(true, null), attribute(false, "burr")));

        assertEquals("fail", results.get(0).result());
        assertEquals(1, results.get(0).failed());
        assertEquals("fail", results.get(1).result());
        assertEquals(List.of("burr"), results.get(1).defectCodes());
        assertEquals("fail", InspectionResults.overall(results));
    }

    private static Inspection inspection(String quantity) {
        InspectionPlan plan = new InspectionPlan(null, NOW);
        plan.describe(PlanRulesTest.plan("receipt", null, PlanRulesTest.variable("DIA", "1", "2", "3")), NOW);
        return new Inspection(
                "INS-000001", plan, Inspection.Origin.manual(), null, new BigDecimal(quantity), null, NOW);
    }

    private static List<String> refused(Inspection inspection, InspectionRequests.Decide request, String result) {
        Failure failure = assertThrows(
                Failure.InvalidInput.class, () -> InspectionDecisions.decision(inspection, request, result));
        return failure.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aRejectionRejectsAllUnlessToldHowMuch() {
        Inspection inspection = inspection("10");

        assertEquals(
                new BigDecimal("10.000"),
                InspectionDecisions.decision(
                                inspection, new InspectionRequests.Decide("reject", null, "burrs", null), "fail")
                        .rejectedQuantity());
        assertEquals(
                new BigDecimal("4"),
                InspectionDecisions.decision(
                                inspection,
                                new InspectionRequests.Decide("reject", new BigDecimal("4"), "burrs", null),
                                "fail")
                        .rejectedQuantity());
        assertEquals(
                List.of("rejected_quantity"),
                refused(inspection, new InspectionRequests.Decide("reject", new BigDecimal("11"), "x", null), "fail"));
    }

    @Test
    void failedCharacteristicsAreAcceptedOnlyWithADeviation() {
        Inspection inspection = inspection("10");

        assertEquals(
                List.of("outcome"),
                refused(inspection, new InspectionRequests.Decide("accept", null, "ok", null), "fail"));
        assertEquals(
                List.of("deviation"),
                refused(inspection, new InspectionRequests.Decide("accept_with_deviation", null, "ok", null), "fail"));
        assertEquals(
                "accept_with_deviation",
                InspectionDecisions.decision(
                                inspection,
                                new InspectionRequests.Decide("accept_with_deviation", null, "ok", "DEV-7 by QA"),
                                "fail")
                        .outcome());
        assertEquals(
                List.of("rejected_quantity", "deviation"),
                refused(inspection, new InspectionRequests.Decide("accept", BigDecimal.ONE, "ok", "d"), "pass"));
    }
}
