package dev.procura.suppliers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.tenants.TenantSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplierScorecardTest {

    private static TenantSettings settings(TenantSettings.ScorecardWeights weights, String poorAction) {
        TenantSettings d = TenantSettings.defaults();
        return new TenantSettings(
                d.timeZone(),
                d.currency(),
                d.numbering(),
                weights,
                d.matchTolerancePercent(),
                d.approvalSecondLevelAmount(),
                List.of(
                        new TenantSettings.Standing("poor", 0, poorAction),
                        new TenantSettings.Standing("average", 30, "warn"),
                        new TenantSettings.Standing("excellent", 80, "none")),
                Map.of(),
                d.auditRetentionYears(),
                d.auditLegalHold(),
                d.taxRounding());
    }

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void marksScaleFromOneToFiveOntoZeroToHundred() {
        assertEquals(d("0.00"), SupplierScorecard.mark(d("1")));
        assertEquals(d("50.00"), SupplierScorecard.mark(d("3")));
        assertEquals(d("100.00"), SupplierScorecard.mark(d("5")));
        assertNull(SupplierScorecard.mark(null));
    }

    @Test
    void criteriaAreWeightedByTheTenantsWeights() {
        var inputs = new SupplierScorecard.Inputs(d("5"), d("3"), d("1"), d("3"), null, null);
        var result =
                SupplierScorecard.score(inputs, settings(new TenantSettings.ScorecardWeights(40, 30, 20, 10), "block"));
        // 100x40 + 50x30 + 0x20 + 50x10 = 6000 / 100
        assertEquals(d("60.00"), result.score());
        assertEquals("average", result.standing());
        assertTrue(result.warns());
    }

    @Test
    void measuredRatesBlendWithTheMarks() {
        var inputs = new SupplierScorecard.Inputs(d("5"), d("5"), d("5"), d("5"), d("80"), d("50"));
        var result =
                SupplierScorecard.score(inputs, settings(new TenantSettings.ScorecardWeights(25, 25, 25, 25), "block"));
        // quality mean(100, 80) = 90, delivery mean(100, 50) = 75, price 100, service 100
        assertEquals(d("91.25"), result.score());
        assertEquals("excellent", result.standing());
        assertFalse(result.blocks());
    }

    @Test
    void criteriaWithoutDataAreLeftOutAndTheOthersScaledUp() {
        var inputs = new SupplierScorecard.Inputs(null, null, null, null, d("20"), null);
        var result =
                SupplierScorecard.score(inputs, settings(new TenantSettings.ScorecardWeights(10, 40, 40, 10), "block"));
        assertEquals(d("20.00"), result.score());
        assertEquals("poor", result.standing());
        assertTrue(result.blocks());
    }

    @Test
    void noDataMeansUnratedAndNothingIsBlocked() {
        var result = SupplierScorecard.score(
                new SupplierScorecard.Inputs(null, null, null, null, null, null),
                settings(new TenantSettings.ScorecardWeights(25, 25, 25, 25), "block"));
        assertNull(result.score());
        assertNull(result.standing());
        assertFalse(result.blocks());
    }

    @Test
    void standingBoundariesBelongToTheHigherStanding() {
        TenantSettings s = settings(new TenantSettings.ScorecardWeights(25, 25, 25, 25), "block");
        assertEquals("poor", s.standingOf(d("29.99")).name());
        assertEquals("average", s.standingOf(d("30")).name());
        assertEquals("excellent", s.standingOf(d("80.00")).name());
    }

    @Test
    void eachNcrTakesTenPointsOffTheQualityCriterion() {
        TenantSettings s = settings(new TenantSettings.ScorecardWeights(100, 0, 0, 0), "block");
        // quality mark 5 (100) and 90% accepted: 95; two NCRs: 75
        var clean =
                SupplierScorecard.score(new SupplierScorecard.Inputs(d("5"), null, null, null, d("90"), null, 0L), s);
        var twoNcrs =
                SupplierScorecard.score(new SupplierScorecard.Inputs(d("5"), null, null, null, d("90"), null, 2L), s);
        assertEquals(d("95.00"), clean.score());
        assertEquals(d("75.00"), twoNcrs.score());
        assertEquals(d("75.00"), twoNcrs.criteria().get(0).score());
    }

    @Test
    void ncrsNeverTakeQualityBelowZeroAndAloneStartFromHundred() {
        TenantSettings s = settings(new TenantSettings.ScorecardWeights(100, 0, 0, 0), "block");
        assertEquals(
                d("0"),
                SupplierScorecard.score(new SupplierScorecard.Inputs(d("2"), null, null, null, null, null, 12L), s)
                        .criteria()
                        .get(0)
                        .score());
        assertEquals(
                d("70"),
                SupplierScorecard.score(new SupplierScorecard.Inputs(null, null, null, null, null, null, 3L), s)
                        .criteria()
                        .get(0)
                        .score());
        assertNull(SupplierScorecard.score(new SupplierScorecard.Inputs(null, null, null, null, null, null, 0L), s)
                .score());
    }
}
