package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.costing.LandedCost.Basis;
import dev.procura.costing.LandedCost.Charge;
import dev.procura.costing.LandedCost.Goods;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LandedCostTest {

    private static final List<Goods> GOODS = List.of(
            new Goods(1, "BOLT", "Bolts", new BigDecimal("100"), "ea", new BigDecimal("2.00"), "USD"),
            new Goods(2, "PLATE", "Plates", new BigDecimal("10"), "ea", new BigDecimal("30.00"), "USD"));

    private static int decimals(String currency) {
        return currency.equals("JPY") ? 0 : 2;
    }

    private static Charge charge(
            String type, String amount, String currency, Basis basis, Map<Integer, BigDecimal> weights) {
        return new Charge(UUID.randomUUID(), type, type, new BigDecimal(amount), currency, basis, weights);
    }

    /**
     * Worked example. Goods: 100 bolts × 2.00 USD = 200.00 and 10 plates × 30.00 USD = 300.00; tenant
     * EUR at 0.9 per USD → 180.00 and 270.00 EUR.
     * Freight 50.00 USD by value (200:300) → 20.00 / 30.00 USD → 18.00 / 27.00 EUR.
     * Duty 11.00 EUR by quantity (100:10) → 10.00 / 1.00 EUR.
     * Handling 1000 JPY by weight (bolts 1 kg, plates 3 kg) → 250 / 750 JPY; 1 USD = 150 JPY → 1.50 / 4.50 EUR.
     * Landed: bolts 180 + 18 + 10 + 1.50 = 209.50 EUR (2.095 per bolt); plates 270 + 27 + 1 + 4.50 = 302.50 EUR (30.25 per plate).
     */
    @Test
    void chargesAreSplitByTheirBasisAndEverythingEndsInTheTenantCurrency() {
        List<LandedCost.Line> lines = LandedCost.of(
                GOODS,
                List.of(
                        charge("freight", "50.00", "USD", Basis.VALUE, Map.of()),
                        charge("duty", "11.00", "EUR", Basis.QUANTITY, Map.of()),
                        charge(
                                "other",
                                "1000",
                                "JPY",
                                Basis.WEIGHT,
                                Map.of(1, BigDecimal.ONE, 2, new BigDecimal("3")))),
                LandedCostTest::decimals,
                JournalDraftTest.RATES,
                "EUR");

        LandedCost.Line bolts = lines.get(0);
        assertEquals(new BigDecimal("200.00"), bolts.value());
        assertEquals(new BigDecimal("180.00"), bolts.tenantValue());
        assertEquals(
                List.of(new BigDecimal("20.00"), new BigDecimal("10.00"), new BigDecimal("250")),
                bolts.shares().stream().map(LandedCost.Share::amount).toList());
        assertEquals(new BigDecimal("29.50"), bolts.tenantCharges());
        assertEquals(new BigDecimal("209.50"), bolts.tenantLanded());
        assertEquals(new BigDecimal("2.095000"), bolts.unitCost());
        LandedCost.Line plates = lines.get(1);
        assertEquals(new BigDecimal("302.50"), plates.tenantLanded());
        assertEquals(new BigDecimal("30.250000"), plates.unitCost());
    }

    @Test
    void aWeightChargeWithoutWeightsCannotBeSplit() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LandedCost.of(
                        GOODS,
                        List.of(charge("freight", "5", "EUR", Basis.WEIGHT, Map.of())),
                        LandedCostTest::decimals,
                        JournalDraftTest.RATES,
                        "EUR"));
    }

    @Test
    void aLineWithNothingAcceptedHasNoUnitCost() {
        List<LandedCost.Line> lines = LandedCost.of(
                List.of(new Goods(1, "BOLT", "Bolts", BigDecimal.ZERO, "ea", new BigDecimal("2.00"), "EUR")),
                List.of(),
                LandedCostTest::decimals,
                JournalDraftTest.RATES,
                "EUR");
        assertEquals(null, lines.get(0).unitCost());
        assertEquals(new BigDecimal("0.00"), lines.get(0).tenantLanded());
    }
}
