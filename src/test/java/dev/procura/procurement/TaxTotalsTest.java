package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxTotalsTest {

    private static LineItem line(String code, String rate, String net, String tax) {
        BigDecimal n = net == null ? null : new BigDecimal(net);
        BigDecimal t = tax == null ? null : new BigDecimal(tax);
        return new LineItem(
                "X", null, BigDecimal.ONE, "ea", n, new BigDecimal(rate), code, n, t, n == null ? null : n.add(t));
    }

    @Test
    void linesAreSummedByCodeAndBareRatesByRate() {
        List<TaxTotals> totals = TaxTotals.of(List.of(
                line("VAT20", "20.000", "100.00", "20.00"),
                line(null, "23", "10.00", "2.30"),
                line("VAT20", "20.000", "5.00", "1.00"),
                line(null, "23.000", "1.00", "0.23"),
                line(null, "0", null, null)));
        assertEquals(
                List.of(
                        new TaxTotals(
                                "VAT20",
                                new BigDecimal("20.000"),
                                new BigDecimal("105.00"),
                                new BigDecimal("21.00"),
                                new BigDecimal("126.00")),
                        new TaxTotals(
                                null,
                                new BigDecimal("23"),
                                new BigDecimal("11.00"),
                                new BigDecimal("2.53"),
                                new BigDecimal("13.53"))),
                totals);
    }
}
