package dev.procura.taxes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.ledger.TaxComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxRatesTest {

    private static TaxCodeRequests.Period period(String rate, String from, String to) {
        return new TaxCodeRequests.Period(
                rate == null ? null : new BigDecimal(rate),
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                null);
    }

    @Test
    void periodsAreSortedAndTheOneCoveringADayApplies() {
        List<FieldError> errors = new ArrayList<>();
        List<TaxRates.StoredPeriod> periods = TaxRates.of(
                List.of(period("19", "2021-01-01", null), period("16", "2020-07-01", "2020-12-31")), errors);
        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2020, 7, 1), periods.get(0).validFrom());
        assertEquals(
                new BigDecimal("16"),
                TaxRates.on(periods, LocalDate.of(2020, 12, 31))
                        .orElseThrow()
                        .components()
                        .get(0)
                        .rate());
        assertEquals(
                new BigDecimal("19"),
                TaxRates.on(periods, LocalDate.of(2021, 1, 1))
                        .orElseThrow()
                        .components()
                        .get(0)
                        .rate());
        assertTrue(TaxRates.on(periods, LocalDate.of(2020, 6, 30)).isEmpty(), "no rate before the first period");
    }

    @Test
    void overlappingOrInvertedPeriodsAndRateWithComponentsAreRefused() {
        List<FieldError> errors = new ArrayList<>();
        TaxRates.of(
                List.of(
                        period("19", "2020-01-01", null),
                        period("16", "2020-07-01", "2020-12-31"),
                        period("5", "2022-02-01", "2022-01-01"),
                        new TaxCodeRequests.Period(
                                new BigDecimal("5"),
                                LocalDate.of(2030, 1, 1),
                                null,
                                List.of(new TaxCodeRequests.Component("X", BigDecimal.ONE, null))),
                        period(null, "2031-01-01", null)),
                errors);
        assertEquals(
                List.of(
                        new FieldError("rates[2].valid_to", "must not be before valid_from"),
                        new FieldError("rates[3].rate", "give either rate or components"),
                        new FieldError("rates[4].rate", "give either rate or components"),
                        new FieldError("rates[1].valid_from", "overlaps the period from 2020-01-01")),
                errors);
    }

    @Test
    void componentsAreKeptInOrderWithTheirCompoundFlag() {
        List<FieldError> errors = new ArrayList<>();
        List<TaxRates.StoredPeriod> periods = TaxRates.of(
                List.of(new TaxCodeRequests.Period(
                        null,
                        LocalDate.of(2024, 1, 1),
                        null,
                        List.of(
                                new TaxCodeRequests.Component("GST", new BigDecimal("5"), null),
                                new TaxCodeRequests.Component("QST", new BigDecimal("9.975"), true)))),
                errors);
        List<TaxComponent> expected = List.of(
                new TaxComponent("GST", new BigDecimal("5"), false),
                new TaxComponent("QST", new BigDecimal("9.975"), true));
        assertEquals(expected, periods.get(0).components());
        assertEquals(
                expected, TaxRates.fromJson(TaxRates.toJson(periods)).get(0).components());
        assertEquals(periods, TaxRates.fromJson(TaxRates.toJson(periods)));
    }

    @Test
    void importTextIsShorthandOrJson() {
        List<TaxCodeRequests.Period> shorthand = TaxRates.parse("19@2020-01-01..2020-06-30 | 16@2020-07-01");
        assertEquals(period("19", "2020-01-01", "2020-06-30"), shorthand.get(0));
        assertEquals(period("16", "2020-07-01", null), shorthand.get(1));
        List<TaxCodeRequests.Period> json =
                TaxRates.parse("[{\"valid_from\":\"2024-01-01\",\"components\":[{\"name\":\"GST\",\"rate\":5},"
                        + "{\"name\":\"QST\",\"rate\":9.975,\"compound\":true}]}]");
        assertEquals(2, json.get(0).components().size());
        assertEquals(Boolean.TRUE, json.get(0).components().get(1).compound());
        assertThrows(IllegalArgumentException.class, () -> TaxRates.parse("twenty"));
        assertThrows(IllegalArgumentException.class, () -> TaxRates.parse("20@yesterday"));
        assertThrows(IllegalArgumentException.class, () -> TaxRates.parse("[{\"valid_from\": 7"));
    }
}
