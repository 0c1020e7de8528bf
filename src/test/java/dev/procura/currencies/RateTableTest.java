package dev.procura.currencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.masters.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of rates by date: latest valid, inverted, triangulated through the tenant currency, rounded once. */
class RateTableTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    private static RateTable.Quote quote(String from, String to, String rate, LocalDate validFrom) {
        return new RateTable.Quote(from, to, new BigDecimal(rate), validFrom);
    }

    @Test
    void theRateOnADateIsTheLatestValidOnOrBeforeIt() {
        RateTable table =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.90", JAN), quote("USD", "EUR", "0.95", MAR)));

        assertTrue(table.rate("USD", "EUR", JAN.minusDays(1)).isEmpty(), "no rate before the first");
        assertEquals(
                new BigDecimal("0.90"),
                table.rate("USD", "EUR", JAN).orElseThrow().rate());
        assertEquals(
                new BigDecimal("0.90"),
                table.rate("USD", "EUR", MAR.minusDays(1)).orElseThrow().rate());
        Rate march = table.rate("USD", "EUR", MAR).orElseThrow();
        assertEquals(new BigDecimal("0.95"), march.rate());
        assertEquals(MAR, march.validFrom());
        assertFalse(march.isInverted());
        assertFalse(march.isTriangulated());
    }

    @Test
    void aDirectRateConvertsExactlyAndRoundsHalfUpToTheTargetsMinorUnits() {
        RateTable table = new RateTable("EUR", List.of(quote("USD", "EUR", "0.9235", JAN)));

        // 100 × 0.9235 = 92.35 exactly
        assertEquals(
                new BigDecimal("92.35"),
                table.convert(new BigDecimal("100"), "USD", "EUR", JAN, 2).orElseThrow());
        // 1.25 × 0.5 = 0.625: half up gives 0.63 (half even would give 0.62)
        RateTable half = new RateTable("EUR", List.of(quote("USD", "EUR", "0.5", JAN)));
        assertEquals(
                new BigDecimal("0.63"),
                half.convert(new BigDecimal("1.25"), "USD", "EUR", JAN, 2).orElseThrow());
    }

    @Test
    void aRateStatedTheOtherWayIsInverted() {
        RateTable table = new RateTable("EUR", List.of(quote("USD", "EUR", "0.8", JAN)));

        Rate rate = table.rate("EUR", "USD", JAN).orElseThrow();
        assertTrue(rate.isInverted());
        assertEquals(0, new BigDecimal("1.25").compareTo(rate.rate()));
        // 100 EUR / 0.8 = 125.00 USD
        assertEquals(new BigDecimal("125.00"), rate.convert(new BigDecimal("100"), 2));
        // 1 / 0.9 does not terminate: the shown rate has 12 decimals, the amount is divided once
        RateTable ninety = new RateTable("EUR", List.of(quote("USD", "EUR", "0.9", JAN)));
        Rate inverse = ninety.rate("EUR", "USD", JAN).orElseThrow();
        assertEquals(new BigDecimal("1.111111111111"), inverse.rate());
        assertEquals(new BigDecimal("111.11"), inverse.convert(new BigDecimal("100"), 2));
    }

    @Test
    void theLaterOfADirectAndAnInverseRateWinsAndOnTheSameDateTheDirectOne() {
        RateTable later =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.90", JAN), quote("EUR", "USD", "1.25", MAR)));
        Rate rate = later.rate("USD", "EUR", MAR).orElseThrow();
        assertTrue(rate.isInverted(), "the EUR/USD rate of March is newer");
        assertEquals(new BigDecimal("0.800000000000"), rate.rate());

        RateTable sameDay =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.90", JAN), quote("EUR", "USD", "1.25", JAN)));
        assertFalse(sameDay.rate("USD", "EUR", JAN).orElseThrow().isInverted());
    }

    @Test
    void withoutARateBetweenThemTwoCurrenciesAreTriangulatedThroughTheTenantCurrency() {
        RateTable table =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.9", JAN), quote("GBP", "EUR", "1.2", MAR)));

        assertTrue(table.rate("USD", "GBP", JAN).isEmpty(), "no GBP rate yet in January");
        Rate rate = table.rate("USD", "GBP", MAR).orElseThrow();
        assertTrue(rate.isTriangulated());
        assertTrue(rate.isInverted(), "EUR → GBP uses GBP/EUR inverted");
        assertEquals("EUR", rate.via());
        assertEquals(MAR, rate.validFrom(), "valid from the later leg");
        // 100 USD × 0.9 = 90 EUR; 90 / 1.2 = 75 GBP
        assertEquals(new BigDecimal("0.750000000000"), rate.rate());
        assertEquals(new BigDecimal("75.00"), rate.convert(new BigDecimal("100"), 2));
    }

    @Test
    void triangulatedAmountsAreRoundedOnceAtTheEndNotPerLeg() {
        RateTable table =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.915", JAN), quote("GBP", "EUR", "1.17", JAN)));

        // 3.33 × 0.915 = 3.04695 EUR; / 1.17 = 2.60423… GBP → 2.60.
        // Rounding the EUR leg first (3.05 / 1.17 = 2.6068…) would give 2.61.
        assertEquals(
                new BigDecimal("2.60"),
                table.convert(new BigDecimal("3.33"), "USD", "GBP", JAN, 2).orElseThrow());
        // to a currency without minor units: 1000 USD → JPY through EUR at 161.5 JPY per EUR
        RateTable yen =
                new RateTable("EUR", List.of(quote("USD", "EUR", "0.9235", JAN), quote("EUR", "JPY", "161.5", JAN)));
        // 1000 × 0.9235 × 161.5 = 149145.25 → 149145
        assertEquals(
                new BigDecimal("149145"),
                yen.convert(new BigDecimal("1000"), "USD", "JPY", JAN, 0).orElseThrow());
    }

    @Test
    void theSameCurrencyNeedsNoRateAndTheTenantCurrencyIsNotTriangulated() {
        RateTable table = new RateTable("EUR", List.of(quote("USD", "GBP", "0.79", JAN)));

        Rate same = table.rate("CHF", "CHF", JAN).orElseThrow();
        assertEquals(BigDecimal.ONE, same.rate());
        assertNull(same.validFrom());
        assertTrue(table.rate("EUR", "USD", JAN).isEmpty(), "no EUR rate: nothing to go through");
        assertTrue(table.rate("CHF", "USD", JAN).isEmpty(), "no CHF/EUR leg");
    }
}
