package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ConversionBucket;
import dev.procura.analytics.AnalyticsViews.ConversionByTemplate;
import dev.procura.analytics.AnalyticsViews.ConversionFigures;
import dev.procura.conversions.ConversionFacts.Run;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /analytics/conversion}: conversions by template and format, outcomes, failures, rows and bytes. */
final class ConversionReport {

    /** A failure's reason: the first line of its error, at most 200 characters. */
    static String reason(String error) {
        if (error == null || error.isBlank()) {
            return "(no reason recorded)";
        }
        String line = error.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static final class Tally {
        long requested;
        long completed;
        long failed;
        long cancelled;
        long rows;
        long bytes;

        void add(Run run) {
            requested++;
            switch (run.status()) {
                case "completed" -> {
                    completed++;
                    rows += run.rows();
                    bytes += run.bytes() == null ? 0 : run.bytes();
                }
                case "failed" -> failed++;
                case "cancelled" -> cancelled++;
                default -> {
                    // queued or running: requested only
                }
            }
        }

        ConversionFigures figures() {
            return new ConversionFigures(
                    requested,
                    completed,
                    failed,
                    cancelled,
                    Figures.percent(completed, completed + failed),
                    rows,
                    bytes);
        }
    }

    private record TemplateKey(String template, String format) {}

    private final Period period;
    private final TenantCalendar calendar;

    ConversionReport(Period period, TenantCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
    }

    ConversionAnalytics build(List<Run> runs, String format) {
        Tally total = new Tally();
        Map<LocalDate, Tally> buckets = new TreeMap<>();
        period.buckets().forEach(b -> buckets.put(b, new Tally()));
        Map<TemplateKey, Tally> templates = new LinkedHashMap<>();
        Map<String, Long> failures = new HashMap<>();
        for (Run run : runs) {
            if (format != null && !format.equals(run.format())) {
                continue;
            }
            total.add(run);
            buckets.computeIfAbsent(period.bucketOf(calendar.dateOf(run.requestedAt())), b -> new Tally())
                    .add(run);
            templates
                    .computeIfAbsent(new TemplateKey(run.template(), run.format()), k -> new Tally())
                    .add(run);
            if ("failed".equals(run.status())) {
                failures.merge(reason(run.error()), 1L, Long::sum);
            }
        }
        return new ConversionAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                total.figures(),
                buckets.entrySet().stream()
                        .map(e -> new ConversionBucket(e.getKey(), e.getValue().figures()))
                        .toList(),
                templates.entrySet().stream()
                        .sorted(Comparator.comparingLong((Map.Entry<TemplateKey, Tally> e) -> e.getValue().requested)
                                .reversed()
                                .thenComparing(e -> e.getKey().template())
                                .thenComparing(e -> e.getKey().format()))
                        .map(e -> new ConversionByTemplate(
                                e.getKey().template(),
                                e.getKey().format(),
                                e.getValue().figures()))
                        .toList(),
                ExtractionReport.top(failures));
    }
}
