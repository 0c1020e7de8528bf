package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ProcessingPoint;
import dev.procura.analytics.AnalyticsViews.ProcessingStage;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times between two events, each counted in the bucket of the day its end falls on (in the
 * tenant's zone) when the end is in the period; a start after its end (clock skew between
 * servers) counts as zero.
 */
final class Spans {

    private final Period period;
    private final TenantCalendar calendar;
    private final Instant start;
    private final Instant end;
    private final List<Duration> all = new ArrayList<>();
    private final Map<java.time.LocalDate, List<Duration>> buckets = new TreeMap<>();

    Spans(Period period, TenantCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
        this.start = period.startIn(calendar.zone());
        this.end = period.endIn(calendar.zone());
        period.buckets().forEach(b -> buckets.put(b, new ArrayList<>()));
    }

    /** Counts the time from {@code from} to {@code to} if both are known and {@code to} is in the period. */
    void add(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(start) || !to.isBefore(end)) {
            return;
        }
        Duration span = from.isAfter(to) ? Duration.ZERO : Duration.between(from, to);
        all.add(span);
        buckets.computeIfAbsent(period.bucketOf(calendar.dateOf(to)), b -> new ArrayList<>())
                .add(span);
    }

    long count() {
        return all.size();
    }

    Duration percentile(int p) {
        return Figures.percentile(all.stream().sorted().toList(), p);
    }

    ProcessingStage stage(String key, String name) {
        return new ProcessingStage(
                key,
                name,
                all.size(),
                Figures.hours(percentile(50)),
                Figures.hours(percentile(90)),
                buckets.entrySet().stream()
                        .map(e -> {
                            List<Duration> sorted =
                                    e.getValue().stream().sorted().toList();
                            return new ProcessingPoint(
                                    e.getKey(),
                                    sorted.size(),
                                    Figures.hours(Figures.percentile(sorted, 50)),
                                    Figures.hours(Figures.percentile(sorted, 90)));
                        })
                        .toList());
    }
}
