package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.masters.NotConvertible;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitConverterTest {

    private static final Map<String, UnitConverter.UnitInfo> UNITS = Map.of(
            "ea", new UnitConverter.UnitInfo("ea", "count", 0, true),
            "box", new UnitConverter.UnitInfo("box", "count", 0, true),
            "kg", new UnitConverter.UnitInfo("kg", "mass", 3, true),
            "g", new UnitConverter.UnitInfo("g", "mass", 1, true),
            "t", new UnitConverter.UnitInfo("t", "mass", 6, true),
            "m", new UnitConverter.UnitInfo("m", "length", 2, true));

    private static final UnitConverter CONVERTER = new UnitConverter(
            UNITS,
            List.of(
                    new UnitConverter.Conversion("kg", "g", new BigDecimal("1000")),
                    new UnitConverter.Conversion("t", "kg", new BigDecimal("1000"))));

    /** Item X: counted in each, 1 box = 12 ea. */
    private static final UnitConverter.ItemUnits BOX_OF_12 =
            new UnitConverter.ItemUnits("X", "ea", Map.of("box", new BigDecimal("12")));

    /** Item P: counted in kg, 1 box = 2.5 kg (a conversion across dimensions). */
    private static final UnitConverter.ItemUnits BOX_OF_2_5_KG =
            new UnitConverter.ItemUnits("P", "kg", Map.of("box", new BigDecimal("2.5")));

    private static BigDecimal convert(String quantity, String from, String to, UnitConverter.ItemUnits item) {
        return CONVERTER.convert(new BigDecimal(quantity), from, to, item);
    }

    @Test
    void boxesBecomeEachThroughTheItemsOwnConversion() {
        assertEquals(new BigDecimal("36"), convert("3", "box", "ea", BOX_OF_12));
    }

    @Test
    void eachBecomeBoxesRoundedHalfUpToTheBoxsDecimals() {
        assertEquals(new BigDecimal("2"), convert("24", "ea", "box", BOX_OF_12));
        // 30 ea = 2.5 box, rounded half-up to 0 decimals
        assertEquals(new BigDecimal("3"), convert("30", "ea", "box", BOX_OF_12));
        assertEquals(new BigDecimal("2"), convert("29", "ea", "box", BOX_OF_12));
    }

    @Test
    void kilogramsBecomeGramsGlobally() {
        assertEquals(new BigDecimal("2500.0"), convert("2.5", "kg", "g", null));
    }

    @Test
    void gramsBecomeKilogramsThroughTheImpliedInverse() {
        assertEquals(new BigDecimal("0.250"), convert("250", "g", "kg", null));
        assertEquals(new BigDecimal("0.001"), convert("1", "g", "kg", null));
    }

    @Test
    void chainsMultiplyExactlyAndRoundOnlyAtTheEnd() {
        // 1 g = 1/1,000,000 t: 1 g at 6 decimals
        assertEquals(new BigDecimal("0.000001"), convert("1", "g", "t", null));
        assertEquals(new BigDecimal("1500000.0"), convert("1.5", "t", "g", null));
    }

    @Test
    void anItemsBoxBecomesKilogramsAndGramsThroughItsBaseUnit() {
        assertEquals(new BigDecimal("10.000"), convert("4", "box", "kg", BOX_OF_2_5_KG));
        assertEquals(new BigDecimal("5000.0"), convert("2", "box", "g", BOX_OF_2_5_KG));
        // 1000 g = 1 kg = 0.4 box, rounded to 0 decimals
        assertEquals(new BigDecimal("0"), convert("1000", "g", "box", BOX_OF_2_5_KG));
        assertEquals(new BigDecimal("2"), convert("5000", "g", "box", BOX_OF_2_5_KG));
    }

    @Test
    void thirdsStayExactUntilTheEnd() {
        UnitConverter.ItemUnits third = new UnitConverter.ItemUnits("Y", "kg", Map.of("box", new BigDecimal("3")));
        // 1 kg = 1/3 box; 3 kg = exactly 1 box, not 0.999...
        assertEquals(new BigDecimal("1"), convert("3", "kg", "box", third));
    }

    @Test
    void equalUnitsLeaveTheQuantityAsItIs() {
        assertEquals(new BigDecimal("7.125"), convert("7.125", "ea", "ea", null));
    }

    @Test
    void noPathIsAClearError() {
        NotConvertible noItem = assertThrows(NotConvertible.class, () -> convert("1", "box", "ea", null));
        assertTrue(noItem.getMessage().contains("no global conversion"), noItem.getMessage());
        NotConvertible across = assertThrows(NotConvertible.class, () -> convert("1", "kg", "m", BOX_OF_12));
        assertEquals("X", across.facts().get("item_code"));
        NotConvertible unknown = assertThrows(NotConvertible.class, () -> convert("1", "pallet", "ea", null));
        assertTrue(unknown.getMessage().contains("pallet is not a unit"), unknown.getMessage());
        assertEquals(400, unknown.kind().status());
    }

    @Test
    void pricesConvertTheOtherWayRound() {
        // 12 per box of 12 ea is 1 per ea; 1 per ea is 12 per box
        assertEquals(new BigDecimal("1.0000"), CONVERTER.convertPrice(new BigDecimal("12"), "box", "ea", BOX_OF_12, 4));
        assertEquals(new BigDecimal("12.0000"), CONVERTER.convertPrice(BigDecimal.ONE, "ea", "box", BOX_OF_12, 4));
    }

    @Test
    void globalRatiosTellWhetherTwoUnitsAreAlreadyRelated() {
        assertTrue(CONVERTER.globalRatio("g", "t").isPresent());
        assertTrue(CONVERTER
                .globalRatio("g", "t")
                .get()
                .sameAs(new UnitConverter.Ratio(BigDecimal.ONE, new BigDecimal("1000000"))));
        assertTrue(CONVERTER.globalRatio("ea", "box").isEmpty());
    }
}
