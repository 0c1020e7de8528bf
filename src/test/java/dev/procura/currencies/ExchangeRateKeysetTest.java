package dev.procura.currencies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRateKeysetTest {

    private final ExchangeRateExports.PairAndDay keyset = new ExchangeRateExports.PairAndDay();

    @Test
    void ratesAreOrderedByPairThenDay() {
        assertEquals("e.fromCurrency, e.toCurrency, e.validFrom", keyset.orderBy());
    }

    @Test
    void aKeyResumesAfterItsPairAndDay() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        assertEquals(
                "(e.fromCurrency > :afterFrom OR (e.fromCurrency = :afterFrom AND (e.toCurrency > :afterTo"
                        + " OR (e.toCurrency = :afterTo AND e.validFrom > :afterDay))))",
                keyset.after("USD/EUR/2026-03-01", parameters));
        assertEquals(Map.of("afterFrom", "USD", "afterTo", "EUR", "afterDay", LocalDate.of(2026, 3, 1)), parameters);
    }
}
