package dev.procura.engineering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Explosion and costing worked by hand. The BOM, per project: a FRAME (make, 1 ea) of 250 cm TUBE
 * (buy, 2.50 per m) and 2 BRACKET (make), each of 4 BOLT (buy, 0.10) and 1 PLATE (buy, no standard
 * cost); and 1 MOTOR (buy, 120). For 2 projects: TUBE 500 cm = 5 m = 12.50; BRACKET 4, BOLT 16 =
 * 1.60, PLATE 4 (cost missing); BRACKET 1.60 (incomplete); FRAME 14.10; MOTOR 2 = 240; total 254.10.
 */
class BomExplosionTest {

    private static final Map<String, BomExplosion.Cost> COSTS = Map.of(
            "FRAME", new BomExplosion.Cost("ea", new BigDecimal("999"), "EUR"),
            "TUBE", new BomExplosion.Cost("m", new BigDecimal("2.50"), "EUR"),
            "BRACKET", new BomExplosion.Cost("ea", null, null),
            "BOLT", new BomExplosion.Cost("ea", new BigDecimal("0.10"), "EUR"),
            "PLATE", new BomExplosion.Cost("ea", null, null),
            "MOTOR", new BomExplosion.Cost("ea", new BigDecimal("120"), "EUR"),
            "GEAR", new BomExplosion.Cost("ea", new BigDecimal("7"), "USD"));

    private static final BomExplosion.Pricing PRICING = new BomExplosion.Pricing() {
        @Override
        public Optional<BomExplosion.Cost> cost(String itemCode) {
            return Optional.ofNullable(COSTS.get(itemCode));
        }

        @Override
        public BigDecimal toBaseUnit(String itemCode, BigDecimal quantity, String unit, String baseUnit) {
            if (unit.equals(baseUnit)) {
                return quantity;
            }
            if (unit.equals("cm") && baseUnit.equals("m")) {
                return quantity.movePointLeft(2);
            }
            return null;
        }
    };

    private final List<BomExplosion.Line> lines = new ArrayList<>();

    private BomExplosion.Line line(
            BomExplosion.Line parent, int position, String item, String qty, String unit, BomSource source) {
        BomExplosion.Line line = new BomExplosion.Line(
                UUID.randomUUID(),
                parent == null ? null : parent.id(),
                position,
                item,
                new BigDecimal(qty),
                unit,
                source);
        lines.add(line);
        return line;
    }

    private BomExplosion.Result workedExample(String quantity) {
        BomExplosion.Line motor = line(null, 20, "MOTOR", "1", "ea", BomSource.BUY);
        BomExplosion.Line frame = line(null, 10, "FRAME", "1", "ea", BomSource.MAKE);
        BomExplosion.Line bracket = line(frame, 20, "BRACKET", "2", "ea", BomSource.MAKE);
        line(frame, 10, "TUBE", "250", "cm", BomSource.BUY);
        line(bracket, 10, "BOLT", "4", "ea", BomSource.BUY);
        line(bracket, 20, "PLATE", "1", "ea", BomSource.BUY);
        assertEquals("MOTOR", motor.itemCode());
        return BomExplosion.explode(lines, new BigDecimal(quantity), PRICING);
    }

    private static BomExplosion.Exploded find(BomExplosion.Result result, String item) {
        return result.lines().stream()
                .filter(l -> l.line().itemCode().equals(item))
                .findFirst()
                .orElseThrow();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void quantitiesMultiplyDownTheTreeAndLinesComeInTreeOrder() {
        BomExplosion.Result result = workedExample("2");
        assertEquals(
                List.of("10", "10.10", "10.20", "10.20.10", "10.20.20", "20"),
                result.lines().stream().map(BomExplosion.Exploded::path).toList());
        assertEquals(
                List.of(1, 2, 2, 3, 3, 1),
                result.lines().stream().map(BomExplosion.Exploded::level).toList());
        assertAmount("2", find(result, "FRAME").totalQuantity());
        assertAmount("500", find(result, "TUBE").totalQuantity());
        assertAmount("5", find(result, "TUBE").baseQuantity());
        assertEquals("m", find(result, "TUBE").baseUnit());
        assertAmount("4", find(result, "BRACKET").totalQuantity());
        assertAmount("16", find(result, "BOLT").totalQuantity());
        assertAmount("4", find(result, "PLATE").totalQuantity());
        assertAmount("2", find(result, "MOTOR").totalQuantity());
    }

    @Test
    void boughtLinesCostTheirBaseQuantityAtStandardCostAndMadeLinesTheSumOfTheirChildren() {
        BomExplosion.Result result = workedExample("2");
        assertAmount("12.50", find(result, "TUBE").cost());
        assertAmount("1.60", find(result, "BOLT").cost());
        assertAmount("1.60", find(result, "BRACKET").cost());
        assertAmount("14.10", find(result, "FRAME").cost());
        assertAmount("240", find(result, "MOTOR").cost());
        assertAmount("254.10", result.totalCost());
        assertEquals("EUR", result.currency());
    }

    @Test
    void aMissingCostIsFlaggedAndMarksEveryLineAboveIncomplete() {
        BomExplosion.Result result = workedExample("2");
        BomExplosion.Exploded plate = find(result, "PLATE");
        assertNull(plate.cost());
        assertTrue(plate.isCostMissing());
        assertFalse(find(result, "BRACKET").isCostComplete());
        assertFalse(find(result, "BRACKET").isCostMissing(), "a made line's own cost is its children's");
        assertFalse(find(result, "FRAME").isCostComplete());
        assertTrue(find(result, "MOTOR").isCostComplete());
        assertTrue(find(result, "TUBE").isCostComplete());
        assertFalse(result.isComplete());
    }

    @Test
    void levelsSumTheirLinesCosts() {
        List<BomExplosion.Level> levels = workedExample("2").levels();
        assertEquals(3, levels.size());
        assertEquals(2, levels.get(0).lines());
        assertAmount("254.10", levels.get(0).cost());
        assertFalse(levels.get(0).isComplete());
        assertEquals(2, levels.get(1).lines());
        assertAmount("14.10", levels.get(1).cost());
        assertAmount("1.60", levels.get(2).cost());
    }

    @Test
    void theBoughtItemsNeedsAreAggregatedPerItemInTheBaseUnit() {
        lines.clear();
        BomExplosion.Line frame = line(null, 10, "FRAME", "1", "ea", BomSource.MAKE);
        line(frame, 10, "BOLT", "4", "ea", BomSource.BUY);
        line(null, 20, "BOLT", "3", "ea", BomSource.BUY);
        line(frame, 20, "TUBE", "50", "cm", BomSource.BUY);
        List<BomExplosion.Need> needs =
                BomExplosion.buyNeeds(BomExplosion.explode(lines, new BigDecimal("3"), PRICING));
        assertEquals(
                List.of("BOLT", "TUBE"),
                needs.stream().map(BomExplosion.Need::itemCode).toList());
        assertAmount("21", needs.get(0).quantity());
        assertEquals(2, needs.get(0).lineIds().size());
        assertAmount("1.5", needs.get(1).quantity());
        assertEquals("m", needs.get(1).unit());
    }

    @Test
    void aMadeLineWithoutChildrenCostsItsStandardCostAndAnotherCurrencyIsMissing() {
        line(null, 10, "FRAME", "1", "ea", BomSource.MAKE);
        line(null, 20, "MOTOR", "1", "ea", BomSource.BUY);
        line(null, 30, "GEAR", "1", "ea", BomSource.BUY);
        BomExplosion.Result result = BomExplosion.explode(lines, BigDecimal.ONE, PRICING);
        assertAmount("999", find(result, "FRAME").cost());
        assertTrue(find(result, "GEAR").isCostMissing(), "USD among EUR costs cannot be added");
        assertAmount("1119", result.totalCost());
        assertFalse(result.isComplete());
    }

    @Test
    void anEmptyBomCostsNothingAndIsComplete() {
        BomExplosion.Result result = BomExplosion.explode(List.of(), BigDecimal.TEN, PRICING);
        assertTrue(result.lines().isEmpty());
        assertAmount("0", result.totalCost());
        assertTrue(result.isComplete());
    }
}
