package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.web.FailureMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    private static LineRequest line(String code, String quantity, String price, String tax, String currency) {
        return new LineRequest(
                code,
                null,
                new BigDecimal(quantity),
                null,
                price == null ? null : new BigDecimal(price),
                tax == null ? null : new BigDecimal(tax),
                null,
                currency);
    }

    @Test
    void amountsAreExactAndRoundedHalfUpToTheCurrencysMinorUnit() {
        List<LineItem> lines = Lines.price(
                List.of(line("A", "3", "19.99", "23", null), line("B", "0.333", "10", "6", null)), "EUR", true);
        assertEquals(new BigDecimal("59.97"), lines.get(0).netAmount());
        assertEquals(new BigDecimal("13.79"), lines.get(0).taxAmount(), "59.97 x 23% = 13.7931");
        assertEquals(new BigDecimal("73.76"), lines.get(0).totalAmount());
        assertEquals(new BigDecimal("3.33"), lines.get(1).netAmount());
        assertEquals(new BigDecimal("0.20"), lines.get(1).taxAmount(), "3.33 x 6% = 0.1998");
        DocumentTotals totals = DocumentTotals.of(lines, "EUR");
        assertEquals(new BigDecimal("63.30"), totals.subtotal());
        assertEquals(new BigDecimal("13.99"), totals.taxTotal());
        assertEquals(new BigDecimal("77.29"), totals.total());
    }

    @Test
    void currenciesWithoutOrWithThreeDecimalsRoundToTheirOwnUnit() {
        assertEquals(
                new BigDecimal("1235"),
                Lines.price(List.of(line("A", "1", "1234.5", null, null)), "JPY", true)
                        .get(0)
                        .netAmount());
        assertEquals(
                new BigDecimal("1.235"),
                Lines.price(List.of(line("A", "1", "1.2345", null, null)), "KWD", true)
                        .get(0)
                        .netAmount());
    }

    @Test
    void aLineInAnotherCurrencyAMissingPriceAndARepeatedItemAreAllReported() {
        var problem = assertThrows(
                Failure.InvalidInput.class,
                () -> Lines.price(
                        List.of(
                                line("A", "1", "5", null, "USD"),
                                line("B", "1", null, null, null),
                                line("A", "2", "5", null, null)),
                        "EUR",
                        true));
        assertEquals(
                List.of("lines[0].currency", "lines[1].unit_price", "lines[2].item_code"),
                FailureMapper.problemOf(problem).errors().stream()
                        .map(FieldError::field)
                        .toList());
    }

    @Test
    void rfqLinesMayHaveNoPriceAndThenNoAmounts() {
        LineItem line = Lines.price(List.of(line("A", "4", null, null, null)), "EUR", false)
                .get(0);
        assertNull(line.netAmount());
        assertEquals("ea", line.unit());
        assertEquals(
                new BigDecimal("0.00"), DocumentTotals.of(List.of(line), "EUR").total());
    }

    @Test
    void noLinesIsAnError() {
        assertThrows(Failure.InvalidInput.class, () -> Lines.price(List.of(), "EUR", true));
        assertThrows(Failure.InvalidInput.class, () -> Lines.price(null, "EUR", true));
    }

    @Test
    void onlyRealIsoCurrenciesAreMoney() {
        assertEquals(
                List.of(true, true, false, false, false, false),
                java.util.stream.Stream.of("EUR", "JPY", "XXX", "EURO", "eur", null)
                        .map(Money::isCurrency)
                        .toList());
        assertEquals(new BigDecimal("33.33"), Money.percent(BigDecimal.ONE, new BigDecimal("3")));
        assertNull(Money.percent(BigDecimal.ONE, BigDecimal.ZERO));
    }
}
