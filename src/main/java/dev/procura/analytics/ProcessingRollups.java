package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ProcessingAnalytics;
import dev.procura.analytics.RollupDays.Kind;
import dev.procura.documents.ExtractionFacts;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.rfqs.QuoteFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /analytics/processing} from the rollup of processing times ({@code analytics_span_days}):
 * per stage and day a time ended on, how many times had each shown value. Stale days are rebuilt
 * from the orders', invoices' and RFQs' milestones first (see {@link RollupDays}); the upload-to-text
 * stage is read from the files of the period on each call (extraction has its own cheap report).
 */
@ApplicationScoped
class ProcessingRollups {

    @Inject
    OrderFacts orders;

    @Inject
    InvoiceFacts invoices;

    @Inject
    QuoteFacts quotes;

    @Inject
    ExtractionFacts extractions;

    ProcessingAnalytics processing(TenantTx tx, Period period) {
        RollupDays.refresh(
                tx,
                Kind.PROCESSING,
                "analytics_span_days",
                period.from(),
                period.to(),
                (c, run) -> write(c, tx, new Period(run.from(), run.to(), period.interval())));
        ZoneId zone = tx.calendar().zone();
        ProcessingReport report = new ProcessingReport(period, tx.calendar())
                .countFiles(extractions.touchedIn(tx, period.startIn(zone), period.endIn(zone)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tx.em()
                .createNativeQuery("SELECT stage, day, centi_hours, spans FROM analytics_span_days"
                        + " WHERE day BETWEEN ?1 AND ?2")
                .setParameter(1, Date.valueOf(period.from()))
                .setParameter(2, Date.valueOf(period.to()))
                .getResultList();
        for (Object[] r : rows) {
            report.add(
                    ((Number) r[0]).intValue(),
                    ((Date) r[1]).toLocalDate(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue());
        }
        return report.answer();
    }

    private void write(Connection c, TenantTx tx, Period days) throws SQLException {
        ZoneId zone = tx.calendar().zone();
        Instant start = days.startIn(zone);
        Instant end = days.endIn(zone);
        List<OrderFacts.Timeline> timelines = orders.timelines(tx, start, end);
        Set<UUID> quoteIds = new HashSet<>();
        timelines.forEach(t -> {
            if (t.quoteId() != null) {
                quoteIds.add(t.quoteId());
            }
        });
        List<InvoiceFacts.Timeline> invoiced = invoices.timelines(tx, start, end);
        Set<UUID> invoicedOrders = new HashSet<>();
        invoiced.forEach(i -> invoicedOrders.add(i.orderId()));
        ProcessingReport report = new ProcessingReport(days, tx.calendar())
                .count(
                        quotes.firstQuotes(tx, start, end),
                        quotes.awardTimes(tx, quoteIds),
                        timelines,
                        invoiced,
                        orders.firstReceipts(tx, invoicedOrders));
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO analytics_span_days (stage, day, centi_hours, spans) VALUES (?, ?, ?, ?)")) {
            for (int stage = 1; stage < ProcessingReport.STAGES.size(); stage++) {
                for (var day : report.days(stage).entrySet()) {
                    for (var count : day.getValue().counts().entrySet()) {
                        s.setInt(1, stage);
                        s.setObject(2, (LocalDate) day.getKey());
                        s.setLong(3, count.getKey());
                        s.setLong(4, count.getValue());
                        s.addBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }
}
