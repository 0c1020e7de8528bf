package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ProcessingPoint;
import dev.procura.analytics.AnalyticsViews.ProcessingStage;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times between two events, each counted on the day its end falls on (in the tenant's zone) when
 * the end is in the period, and so in that day's bucket; a start after its end (clock skew between
 * servers) counts as zero. Kept as counts per shown value ({@link SpanHistogram}), per day.
 */
final class Spans {

    private final Period period;
    private final TenantCalendar calendar;
    private final Instant start;
    private final Instant end;
    private final Map<LocalDate, SpanHistogram> days = new TreeMap<>();

    Spans(Period period, TenantCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
        this.start = period.startIn(calendar.zone());
        this.end = period.endIn(calendar.zone());
    }

    /** Counts the time from {@code from} to {@code to} if both are known and {@code to} is in the period. */
    void add(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(start) || !to.isBefore(end)) {
            return;
        }
        Duration span = from.isAfter(to) ? Duration.ZERO : Duration.between(from, to);
        days.computeIfAbsent(calendar.dateOf(to), d -> new SpanHistogram()).add(span);
    }

    /** Counts {@code spans} times of {@code centiHours} ended on {@code day}, if the day is in the period. */
    void add(LocalDate day, long centiHours, long spans) {
        if (period.contains(day)) {
            days.computeIfAbsent(day, d -> new SpanHistogram()).add(centiHours, spans);
        }
    }

    /** The counts per day the spans ended on. */
    Map<LocalDate, SpanHistogram> days() {
        return days;
    }

    ProcessingStage stage(String key, String name) {
        SpanHistogram all = new SpanHistogram();
        Map<LocalDate, SpanHistogram> buckets = new TreeMap<>();
        period.buckets().forEach(b -> buckets.put(b, new SpanHistogram()));
        days.forEach((day, counts) -> {
            all.addAll(counts);
            buckets.computeIfAbsent(period.bucketOf(day), b -> new SpanHistogram())
                    .addAll(counts);
        });
        return new ProcessingStage(
                key,
                name,
                all.count(),
                all.percentile(50),
                all.percentile(90),
                buckets.entrySet().stream()
                        .map(e -> new ProcessingPoint(
                                e.getKey(),
                                e.getValue().count(),
                                e.getValue().percentile(50),
                                e.getValue().percentile(90)))
                        .toList());
    }
}
