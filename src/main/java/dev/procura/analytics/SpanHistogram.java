package dev.procura.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Durations counted by their value as shown, in hundredths of an hour ({@link Figures#hours}). The
 * shown value never decreases as the duration grows, so the nearest-rank percentile of the shown
 * values is the shown percentile of the durations: a day's counts kept in a rollup give exactly the
 * percentile of any set of days merged.
 */
final class SpanHistogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    /** A duration in hundredths of an hour, rounded as {@link Figures#hours} rounds it. */
    static long centiHours(Duration duration) {
        return Figures.hours(duration).movePointRight(2).longValueExact();
    }

    void add(Duration duration) {
        add(centiHours(duration), 1);
    }

    void add(long centiHours, long spans) {
        counts.merge(centiHours, spans, Long::sum);
        total += spans;
    }

    void addAll(SpanHistogram other) {
        other.counts.forEach(this::add);
    }

    long count() {
        return total;
    }

    /** Each shown value with how many durations have it, smallest first. */
    Map<Long, Long> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The p-th percentile by nearest rank, in hours as shown ({@link Figures#percentile}); null when empty. */
    BigDecimal percentile(int p) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max((p * total + 99) / 100, 1);
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return BigDecimal.valueOf(e.getKey(), 2);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " spans");
    }
}
