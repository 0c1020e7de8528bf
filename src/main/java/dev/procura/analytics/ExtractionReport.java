package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionBucket;
import dev.procura.analytics.AnalyticsViews.ExtractionByType;
import dev.procura.analytics.AnalyticsViews.Reason;
import dev.procura.analytics.AnalyticsViews.RejectionCount;
import dev.procura.documents.ExtractionFacts.Extraction;
import dev.procura.imports.ImportFacts;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /analytics/extraction}: how well text gets out of uploaded files, and rows out of imported ones. */
final class ExtractionReport {

    private static final class Tally {
        long uploaded;
        long extracted;
        long failed;
        long importRows;
        long importRejected;
        final List<Duration> latencies = new ArrayList<>();

        BigDecimal successPercent() {
            return Figures.percent(extracted, extracted + failed);
        }

        BigDecimal importSuccessPercent() {
            return Figures.percent(importRows - importRejected, importRows);
        }
    }

    private final Period period;
    private final TenantCalendar calendar;
    private final Instant start;
    private final Instant end;

    ExtractionReport(Period period, TenantCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
        this.start = period.startIn(calendar.zone());
        this.end = period.endIn(calendar.zone());
    }

    ExtractionAnalytics build(
            List<Extraction> files, List<ImportFacts.Run> imports, List<ImportFacts.Rejection> rejections) {
        Tally total = new Tally();
        Map<LocalDate, Tally> buckets = new TreeMap<>();
        period.buckets().forEach(b -> buckets.put(b, new Tally()));
        Map<String, Tally> byType = new TreeMap<>();
        Map<String, Long> failures = new HashMap<>();
        for (Extraction file : files) {
            if (file.uploadedAt().isBefore(start) || !file.uploadedAt().isBefore(end)) {
                continue; // extracted in the period but uploaded before it: counted with its upload's period
            }
            Tally bucket =
                    buckets.computeIfAbsent(period.bucketOf(calendar.dateOf(file.uploadedAt())), b -> new Tally());
            Tally type = byType.computeIfAbsent(file.fileType(), t -> new Tally());
            for (Tally t : List.of(total, bucket, type)) {
                t.uploaded++;
                switch (file.outcome()) {
                    case "extracted" -> t.extracted++;
                    case "failed" -> t.failed++;
                    default -> {
                        // pending: neither succeeded nor failed yet
                    }
                }
            }
            if ("extracted".equals(file.outcome()) && file.extractedAt() != null) {
                Duration latency = file.extractedAt().isBefore(file.uploadedAt())
                        ? Duration.ZERO
                        : Duration.between(file.uploadedAt(), file.extractedAt());
                type.latencies.add(latency);
            }
            if ("failed".equals(file.outcome())) {
                failures.merge(file.error(), 1L, Long::sum);
            }
        }
        for (ImportFacts.Run run : imports) {
            Tally bucket =
                    buckets.computeIfAbsent(period.bucketOf(calendar.dateOf(run.requestedAt())), b -> new Tally());
            for (Tally t : List.of(total, bucket)) {
                t.importRows += run.rowsRead();
                t.importRejected += run.rejected();
            }
        }
        return new ExtractionAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                total.uploaded,
                total.successPercent(),
                buckets.entrySet().stream()
                        .map(e -> new ExtractionBucket(
                                e.getKey(),
                                e.getValue().uploaded,
                                e.getValue().successPercent(),
                                e.getValue().importRows,
                                e.getValue().importRejected,
                                e.getValue().importSuccessPercent()))
                        .toList(),
                byType.entrySet().stream()
                        .map(e -> {
                            Tally t = e.getValue();
                            List<Duration> sorted =
                                    t.latencies.stream().sorted().toList();
                            return new ExtractionByType(
                                    e.getKey(),
                                    t.uploaded,
                                    t.extracted,
                                    t.failed,
                                    t.uploaded - t.extracted - t.failed,
                                    t.successPercent(),
                                    seconds(Figures.percentile(sorted, 50)),
                                    seconds(Figures.percentile(sorted, 90)));
                        })
                        .toList(),
                top(failures),
                total.importRows,
                total.importRejected,
                total.importSuccessPercent(),
                rejections.stream()
                        .map(r -> new RejectionCount(r.field(), r.message(), r.count()))
                        .toList());
    }

    static List<Reason> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> new Reason(e.getKey(), e.getValue()))
                .toList();
    }

    /** A duration in seconds with three decimals; null stays null. */
    static BigDecimal seconds(Duration duration) {
        return duration == null
                ? null
                : BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 3, RoundingMode.UNNECESSARY);
    }
}
