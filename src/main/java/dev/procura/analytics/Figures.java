package dev.procura.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** The arithmetic of the figures: shares as percentages and percentiles by nearest rank. */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Figures() {}

    /** {@code part / whole} as a percentage with two decimals, half up; null when {@code whole} is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /**
     * The p-th percentile (0 &lt; p &le; 100) by nearest rank: the smallest value with at least p % of
     * the values at or below it, i.e. the value at rank ⌈p/100 × n⌉ of the sorted values; null when empty.
     */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (p * sorted.size() + 99) / 100; // ⌈p·n/100⌉ in integers: no floating-point rank off by one
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** A duration in hours with two decimals, half up; null stays null. */
    static BigDecimal hours(Duration duration) {
        if (duration == null) {
            return null;
        }
        return BigDecimal.valueOf(duration.toMillis())
                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.UNNECESSARY)
                .divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
