package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ProcessingAnalytics;
import dev.procura.documents.ExtractionFacts.Extraction;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import dev.procura.rfqs.QuoteFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /analytics/processing}: how long each stage of the buying cycle takes, p50 and p90 per bucket. */
final class ProcessingReport {

    /** The stages in the order of the cycle: key and what the time runs between. */
    static final List<String[]> STAGES = List.of(
            new String[] {"upload_to_text", "document uploaded → its text extracted"},
            new String[] {"rfq_sent_to_first_quote", "RFQ sent → its first quote received"},
            new String[] {"quote_to_order", "quote awarded → purchase order made from it"},
            new String[] {"submitted_to_approved", "order submitted → approved (per level: /analytics/approvals)"},
            new String[] {"approved_to_sent", "order approved → sent to the supplier"},
            new String[] {"sent_to_received", "order sent → its first receipt recorded"},
            new String[] {"received_to_invoiced", "order's first receipt → its first invoice entered"},
            new String[] {"invoiced_to_paid", "invoice entered → paid"});

    private final Period period;
    private final Spans[] spans = new Spans[STAGES.size()];

    ProcessingReport(Period period, TenantCalendar calendar) {
        this.period = period;
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new Spans(period, calendar);
        }
    }

    ProcessingAnalytics build(
            List<Extraction> files,
            List<QuoteFacts.Sent> rfqs,
            Map<UUID, Instant> awardsByQuote,
            List<OrderFacts.Timeline> orders,
            List<InvoiceFacts.Timeline> invoices,
            Map<UUID, Instant> firstReceiptByOrder) {
        countFiles(files);
        count(rfqs, awardsByQuote, orders, invoices, firstReceiptByOrder);
        return answer();
    }

    /** Counts the upload-to-text times of these files. */
    ProcessingReport countFiles(List<Extraction> files) {
        files.forEach(f -> spans[0].add(f.uploadedAt(), f.extractedAt()));
        return this;
    }

    /** Counts the times of every stage after the first from the RFQs', orders' and invoices' milestones. */
    ProcessingReport count(
            List<QuoteFacts.Sent> rfqs,
            Map<UUID, Instant> awardsByQuote,
            List<OrderFacts.Timeline> orders,
            List<InvoiceFacts.Timeline> invoices,
            Map<UUID, Instant> firstReceiptByOrder) {
        rfqs.forEach(r -> spans[1].add(r.sentAt(), r.firstQuoteAt()));
        for (OrderFacts.Timeline o : orders) {
            if (o.quoteId() != null) {
                spans[2].add(awardsByQuote.get(o.quoteId()), o.createdAt());
            }
            spans[3].add(o.submittedAt(), o.approvedAt());
            spans[4].add(o.approvedAt(), o.sentAt());
            spans[5].add(o.sentAt(), o.firstReceiptAt());
        }
        for (InvoiceFacts.Timeline i : invoices) {
            if (i.firstOfOrder()) {
                spans[6].add(firstReceiptByOrder.get(i.orderId()), i.createdAt());
            }
            spans[7].add(i.createdAt(), i.paidAt());
        }
        return this;
    }

    /** Counts {@code count} times of stage {@code stage} of {@code centiHours} that ended on {@code day}. */
    void add(int stage, LocalDate day, long centiHours, long count) {
        spans[stage].add(day, centiHours, count);
    }

    /** The counts of stage {@code stage} per day its times ended on. */
    Map<LocalDate, SpanHistogram> days(int stage) {
        return spans[stage].days();
    }

    ProcessingAnalytics answer() {
        return new ProcessingAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                java.util.stream.IntStream.range(0, spans.length)
                        .mapToObj(i -> spans[i].stage(STAGES.get(i)[0], STAGES.get(i)[1]))
                        .toList());
    }
}
