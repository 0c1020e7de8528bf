package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.ProcessingAnalytics;
import dev.procura.analytics.AnalyticsViews.ProcessingStage;
import dev.procura.conversions.ConversionFacts.Run;
import dev.procura.documents.ExtractionFacts.Extraction;
import dev.procura.imports.ImportFacts;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.analytics.Interval;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.time.TenantCalendar;
import dev.procura.rfqs.QuoteFacts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Worked examples of extraction, conversion and processing analytics, in a tenant at UTC+1 (Lisbon in summer). */
class OperationsReportsTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final TenantCalendar CALENDAR =
            new TenantCalendar(Clock.fixed(Instant.parse("2026-07-31T12:00:00Z"), LISBON), LISBON);
    private static final Period JULY =
            new Period(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31"), Interval.WEEK);

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void extractionRatesLatenciesAndImportRows() {
        List<Extraction> files = List.of(
                new Extraction(
                        "application/pdf", at("2026-07-01T08:00:00Z"), at("2026-07-01T08:00:02Z"), "extracted", null),
                new Extraction(
                        "application/pdf", at("2026-07-02T08:00:00Z"), at("2026-07-02T08:00:10Z"), "extracted", null),
                new Extraction(
                        "application/pdf", at("2026-07-03T08:00:00Z"), at("2026-07-03T08:00:01Z"), "failed", "Bad PDF"),
                new Extraction("text/plain", at("2026-07-04T08:00:00Z"), null, "pending", null),
                // 30 June 23:30 UTC is 1 July 00:30 in Lisbon: in the period.
                new Extraction(
                        "text/plain", at("2026-06-30T23:30:00Z"), at("2026-06-30T23:30:01.500Z"), "extracted", null),
                // Uploaded before the period (30 June 22:00 UTC = 23:00 Lisbon), extracted in it: not counted.
                new Extraction(
                        "text/plain", at("2026-06-30T22:00:00Z"), at("2026-07-01T09:00:00Z"), "extracted", null));
        List<ImportFacts.Run> imports = List.of(
                new ImportFacts.Run(at("2026-07-06T10:00:00Z"), "suppliers", "completed", false, 200, 10),
                new ImportFacts.Run(at("2026-07-07T10:00:00Z"), "items", "completed", true, 800, 30));
        ExtractionAnalytics report = new ExtractionReport(JULY, CALENDAR)
                .build(files, imports, List.of(new ImportFacts.Rejection("currency", "must be an ISO code", 25)));

        assertEquals(5, report.uploaded());
        assertEquals(new BigDecimal("75.00"), report.successPercent()); // 3 of 4 decided
        var pdf = report.fileTypes().get(0);
        assertEquals("application/pdf", pdf.fileType());
        assertEquals(new BigDecimal("66.67"), pdf.successPercent());
        assertEquals(new BigDecimal("2.000"), pdf.secondsP50()); // 2 s and 10 s: rank 1
        assertEquals(new BigDecimal("10.000"), pdf.secondsP90());
        var text = report.fileTypes().get(1);
        assertEquals(1, text.pending());
        assertEquals(new BigDecimal("1.500"), text.secondsP50());
        assertEquals("Bad PDF", report.failures().get(0).reason());
        assertEquals(1000, report.importRows());
        assertEquals(40, report.importRowsRejected());
        assertEquals(new BigDecimal("96.00"), report.importSuccessPercent());
        // Weeks from Monday: 29 June (1-5 July) and 6 July (the imports).
        assertEquals(LocalDate.parse("2026-06-29"), report.series().get(0).periodStart());
        assertEquals(5, report.series().get(0).uploaded());
        assertEquals(
                new BigDecimal("96.00"), report.series().get(1).importSuccessPercent()); // both imports: 960 of 1000
        assertNull(report.series().get(2).successPercent());
    }

    @Test
    void conversionOutcomesPerTemplateAndReason() {
        Instant day = at("2026-07-10T10:00:00Z");
        List<Run> runs = List.of(
                new Run(day, day, "Suppliers", "xlsx", "supplier", "completed", null, 120, 9000L),
                new Run(day, day, "Suppliers", "xlsx", "supplier", "failed", "Output too large\n at …", 0, null),
                new Run(day, null, "Suppliers", "xlsx", "supplier", "running", null, 0, null),
                new Run(day, day, "Audit", "csv", "audit_entry", "completed", null, 30, 1000L),
                new Run(day, day, "Audit", "csv", "audit_entry", "cancelled", null, 0, null));
        ConversionAnalytics report = new ConversionReport(JULY, CALENDAR).build(runs, null);

        assertEquals(5, report.total().requested());
        assertEquals(new BigDecimal("66.67"), report.total().successPercent());
        assertEquals(150, report.total().rows());
        assertEquals(10000, report.total().bytes());
        assertEquals("Suppliers", report.templates().get(0).template());
        assertEquals(
                new BigDecimal("50.00"), report.templates().get(0).figures().successPercent());
        assertEquals("Output too large", report.failures().get(0).reason());
        assertEquals(
                2,
                new ConversionReport(JULY, CALENDAR).build(runs, "csv").total().requested());
        assertEquals("(no reason recorded)", ConversionReport.reason(" "));
    }

    @Test
    void processingTimesCountAtTheirEnd() {
        UUID quote = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        List<OrderFacts.Timeline> orders = List.of(
                new OrderFacts.Timeline(
                        order,
                        quote,
                        at("2026-07-02T12:00:00Z"),
                        at("2026-07-02T12:00:00Z"),
                        at("2026-07-02T18:00:00Z"),
                        at("2026-07-03T06:00:00Z"),
                        at("2026-07-08T06:00:00Z")),
                // Submitted in June, approved in July: counts; sent in August: not.
                new OrderFacts.Timeline(
                        UUID.randomUUID(),
                        null,
                        at("2026-06-29T00:00:00Z"),
                        at("2026-06-29T00:00:00Z"),
                        at("2026-07-01T00:00:00Z"),
                        at("2026-08-01T00:00:00Z"),
                        null));
        List<InvoiceFacts.Timeline> invoices = List.of(
                new InvoiceFacts.Timeline(order, at("2026-07-09T06:00:00Z"), at("2026-07-19T06:00:00Z"), true),
                new InvoiceFacts.Timeline(order, at("2026-07-10T06:00:00Z"), null, false));
        ProcessingAnalytics report = new ProcessingReport(JULY, CALENDAR)
                .build(
                        List.of(),
                        List.of(new QuoteFacts.Sent(
                                UUID.randomUUID(), at("2026-07-01T00:00:00Z"), at("2026-07-01T03:00:00Z"))),
                        Map.of(quote, at("2026-07-02T10:00:00Z")),
                        orders,
                        invoices,
                        Map.of(order, at("2026-07-08T06:00:00Z")));
        Map<String, ProcessingStage> stages = new java.util.HashMap<>();
        report.stages().forEach(s -> stages.put(s.key(), s));

        assertEquals(0, stages.get("upload_to_text").count());
        assertEquals(
                new BigDecimal("3.00"), stages.get("rfq_sent_to_first_quote").hoursP50());
        assertEquals(new BigDecimal("2.00"), stages.get("quote_to_order").hoursP50());
        // 6 h and 48 h: p50 rank 1, p90 rank 2.
        assertEquals(2, stages.get("submitted_to_approved").count());
        assertEquals(new BigDecimal("6.00"), stages.get("submitted_to_approved").hoursP50());
        assertEquals(
                new BigDecimal("48.00"), stages.get("submitted_to_approved").hoursP90());
        assertEquals(1, stages.get("approved_to_sent").count());
        assertEquals(new BigDecimal("120.00"), stages.get("sent_to_received").hoursP50());
        assertEquals(1, stages.get("received_to_invoiced").count()); // the order's first invoice only
        assertEquals(new BigDecimal("24.00"), stages.get("received_to_invoiced").hoursP50());
        assertEquals(new BigDecimal("240.00"), stages.get("invoiced_to_paid").hoursP50());
        assertEquals(8, report.stages().size());
    }
}
