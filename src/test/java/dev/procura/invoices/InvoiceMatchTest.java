package dev.procura.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.procurement.LineItem;
import dev.procura.procurement.LineRequest;
import dev.procura.procurement.Lines;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceMatchTest {

    private static LineItem line(String code, String quantity, String price, String tax) {
        return Lines.price(
                        List.of(new LineRequest(
                                code,
                                null,
                                new BigDecimal(quantity),
                                null,
                                new BigDecimal(price),
                                new BigDecimal(tax),
                                null,
                                null)),
                        "EUR",
                        true)
                .get(0);
    }

    private static final BigDecimal TWO_PERCENT = new BigDecimal("2");

    private static Map<String, InvoiceMatch.Expected> ordered(String received, String invoicedBefore) {
        return Map.of(
                "A",
                new InvoiceMatch.Expected(
                        line("A", "10", "100", "23"), new BigDecimal(received), new BigDecimal(invoicedBefore)));
    }

    @Test
    void pricesAndQuantitiesWithinToleranceMatch() {
        assertTrue(InvoiceMatch.of(List.of(line("A", "10", "102", "23")), ordered("10", "0"), TWO_PERCENT)
                .isEmpty());
        assertTrue(InvoiceMatch.of(List.of(line("A", "10.2", "98", "23")), ordered("10", "0"), TWO_PERCENT)
                .isEmpty());
    }

    @Test
    void aPriceJustBeyondToleranceIsAMismatchWithBothFigures() {
        var mismatch = InvoiceMatch.of(List.of(line("A", "10", "102.01", "23")), ordered("10", "0"), TWO_PERCENT)
                .get(0);
        assertEquals("unit_price", mismatch.field());
        assertEquals("100", mismatch.expected());
        assertEquals("102.01", mismatch.actual());
        assertEquals(1, mismatch.line());
    }

    @Test
    void quantityIsMeasuredAgainstWhatWasReceivedAndNotYetInvoiced() {
        var mismatches = InvoiceMatch.of(List.of(line("A", "5", "100", "23")), ordered("10", "6"), TWO_PERCENT);
        assertEquals(1, mismatches.size());
        assertEquals("quantity", mismatches.get(0).field());
        assertEquals("4", mismatches.get(0).expected());
        assertTrue(InvoiceMatch.of(List.of(line("A", "4", "100", "23")), ordered("10", "6"), TWO_PERCENT)
                .isEmpty());
    }

    @Test
    void unknownItemsAndOtherTaxRatesAreMismatches() {
        var mismatches = InvoiceMatch.of(
                List.of(line("A", "1", "100", "6"), line("Z", "1", "1", "0")), ordered("10", "0"), TWO_PERCENT);
        assertEquals(
                List.of("tax_rate", "item_code"),
                mismatches.stream().map(InvoiceMatch.Mismatch::field).toList());
        assertEquals(2, mismatches.get(1).line());
    }

    @Test
    void zeroToleranceMeansExact() {
        assertFalse(InvoiceMatch.withinTolerance(new BigDecimal("100.01"), new BigDecimal("100"), BigDecimal.ZERO));
        assertTrue(InvoiceMatch.withinTolerance(new BigDecimal("100.00"), new BigDecimal("100"), BigDecimal.ZERO));
    }
}
