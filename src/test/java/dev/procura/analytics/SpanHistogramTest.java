package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanHistogramTest {

    @Test
    void percentileOfMergedDaysEqualsThePercentileOfTheRawDurations() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            List<Duration> raw = new ArrayList<>();
            SpanHistogram merged = new SpanHistogram();
            int days = 1 + random.nextInt(5);
            for (int d = 0; d < days; d++) {
                SpanHistogram day = new SpanHistogram();
                int n = random.nextInt(40);
                for (int i = 0; i < n; i++) {
                    // Millisecond durations that round across the half-up boundary of 0.005 h (18 s) too.
                    Duration span = Duration.ofMillis(
                            random.nextInt(5) == 0
                                    ? 18_000L * random.nextInt(20) + random.nextInt(3) - 1
                                    : (long) random.nextInt(400_000_000));
                    raw.add(span.isNegative() ? Duration.ZERO : span);
                    day.add(span.isNegative() ? Duration.ZERO : span);
                }
                merged.addAll(day);
            }
            List<Duration> sorted = raw.stream().sorted().toList();
            for (int p : new int[] {1, 50, 90, 99, 100}) {
                assertEquals(
                        Figures.hours(Figures.percentile(sorted, p)), merged.percentile(p), "p" + p + " of " + sorted);
            }
            assertEquals(sorted.size(), merged.count());
        }
    }

    @Test
    void emptyHasNoPercentile() {
        assertNull(new SpanHistogram().percentile(50));
        assertEquals(0, new SpanHistogram().count());
    }

    @Test
    void durationsCountByTheirShownHundredthsOfAnHour() {
        SpanHistogram h = new SpanHistogram();
        h.add(Duration.ofMinutes(90));
        h.add(Duration.ofMinutes(90).plusSeconds(17)); // 1.5047 h shows as 1.50
        h.add(Duration.ofMinutes(90).plusSeconds(18)); // 1.505 h shows as 1.51
        assertEquals(Map.of(150L, 2L, 151L, 1L), h.counts());
    }

    @Test
    void staleDaysMakeRunsOfConsecutiveDays() {
        LocalDate d = LocalDate.parse("2026-03-01");
        Map<LocalDate, Set<Long>> stale =
                Map.of(d, Set.of(), d.plusDays(1), Set.of(7L), d.plusDays(2), Set.of(), d.plusDays(5), Set.of(9L, 10L));
        List<RollupDays.Run> runs = RollupDays.runs(stale);
        assertEquals(2, runs.size());
        assertEquals(d, runs.get(0).from());
        assertEquals(d.plusDays(2), runs.get(0).to());
        assertEquals(Set.of(7L), runs.get(0).changes());
        assertEquals(d.plusDays(5), runs.get(1).from());
        assertEquals(d.plusDays(5), runs.get(1).to());
        assertEquals(Set.of(9L, 10L), runs.get(1).changes());
    }
}
