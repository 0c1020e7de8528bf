package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.invoices.InvoiceFacts.BilledLine;
import dev.procura.orders.OrderFacts.OrderedPrice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static List<Duration> hours(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofHours).sorted().toList();
    }

    @Test
    void percentilesTakeTheNearestRank() {
        // n = 10: p50 is rank 5, p90 rank 9.
        List<Duration> ten = hours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertEquals(Duration.ofHours(5), Figures.percentile(ten, 50));
        assertEquals(Duration.ofHours(9), Figures.percentile(ten, 90));
        // n = 30: p90 is rank 27 exactly (0.9 × 30 in floating point is 27.000000000000004: rank 28 would be wrong).
        List<Duration> thirty =
                IntStream.rangeClosed(1, 30).mapToObj(Duration::ofHours).toList();
        assertEquals(Duration.ofHours(27), Figures.percentile(thirty, 90));
        // n = 1: every percentile is the value; n = 0: none.
        assertEquals(Duration.ofHours(7), Figures.percentile(hours(7), 50));
        assertNull(Figures.percentile(List.of(), 90));
        // n = 3: p50 is rank 2 (⌈1.5⌉).
        assertEquals(Duration.ofHours(2), Figures.percentile(hours(3, 1, 2), 50));
    }

    @Test
    void percentagesHaveTwoDecimalsAndNothingToCountIsNull() {
        assertEquals(new BigDecimal("66.67"), Figures.percent(2, 3));
        assertEquals(new BigDecimal("100.00"), Figures.percent(4, 4));
        assertNull(Figures.percent(0, 0));
        assertEquals(new BigDecimal("1.50"), Figures.hours(Duration.ofMinutes(90)));
        assertEquals(new BigDecimal("0.01"), Figures.hours(Duration.ofSeconds(18))); // 0.005 h, half up
        assertNull(Figures.hours(null));
    }

    @Test
    void priceVarianceComparesTheSameItemAndUnitOnTheInvoicesOrder() {
        UUID order = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        LocalDate day = LocalDate.parse("2026-03-10");
        List<OrderedPrice> ordered = List.of(
                new OrderedPrice(order, "BOLT", "ea", new BigDecimal("2.00"), "IT"),
                new OrderedPrice(order, "BOLT", "ea", new BigDecimal("9.99"), "IT"), // a second line: the first wins
                new OrderedPrice(order, "NUT", "box", new BigDecimal("12.00"), "IT"));
        List<BilledLine> billed = List.of(
                new BilledLine(
                        day, supplier, "EUR", order, "BOLT", "ea", new BigDecimal("100"), new BigDecimal("2.10")),
                new BilledLine(day, supplier, "EUR", order, "NUT", "box", new BigDecimal("3"), new BigDecimal("11.50")),
                new BilledLine(day, supplier, "EUR", order, "NUT", "ea", new BigDecimal("5"), new BigDecimal("1.00")));
        List<PriceVariances.Variance> variances = PriceVariances.of(billed, ordered);
        // (2.10 − 2.00) × 100 = 10.00; (11.50 − 12.00) × 3 = −1.50; NUT in ea was ordered in boxes: unmatched.
        assertEquals(0, new BigDecimal("10.00").compareTo(variances.get(0).amount()));
        assertEquals(0, new BigDecimal("-1.50").compareTo(variances.get(1).amount()));
        assertNull(variances.get(2).amount());
        assertEquals("IT", variances.get(2).costCentre());

        // Summed per day, supplier, currency, cost centre and matched or not: 10.00 − 1.50 over 2 lines; 1 unmatched.
        List<PriceVariances.Variance> summed = PriceVariances.summed(variances);
        assertEquals(2, summed.size());
        assertEquals(0, new BigDecimal("8.50").compareTo(summed.get(0).amount()));
        assertEquals(2, summed.get(0).lines());
        assertNull(summed.get(1).amount());
        assertEquals(1, summed.get(1).lines());
    }

    @Test
    void savingsBaselinesAreTheHighestTheAverageOrTheFirstCompetingQuote() {
        List<BigDecimal> nets = List.of(new BigDecimal("120"), new BigDecimal("150"), new BigDecimal("100"));
        assertEquals(0, new BigDecimal("150").compareTo(SavingsReport.Baseline.HIGHEST.of(nets)));
        assertEquals(
                0,
                new BigDecimal("123.3333333333333333333333333333333")
                        .compareTo(SavingsReport.Baseline.AVERAGE.of(nets)));
        assertEquals(0, new BigDecimal("120").compareTo(SavingsReport.Baseline.FIRST.of(nets)));
        assertNull(SavingsReport.Baseline.HIGHEST.of(List.of()));
        assertEquals(SavingsReport.Baseline.HIGHEST, SavingsReport.Baseline.parse(null));
        assertEquals(SavingsReport.Baseline.AVERAGE, SavingsReport.Baseline.parse("average"));
    }
}
