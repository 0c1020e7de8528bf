package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.ProcessingAnalytics;
import dev.procura.analytics.AnalyticsViews.SavingsAnalytics;
import dev.procura.analytics.AnalyticsViews.SupplierAnalytics;
import dev.procura.approvals.ApprovalHistory;
import dev.procura.conversions.ConversionFacts;
import dev.procura.currencies.CurrencyService;
import dev.procura.documents.ExtractionFacts;
import dev.procura.imports.ImportFacts;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.rfqs.QuoteFacts;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The procurement analytics: each figure computed from the owning capabilities' facts (orders,
 * receipts, invoices, quotes, ratings, approval steps) in one read-only tenant transaction, in the
 * tenant's currency and calendar. The texts in {@link KpiCatalogue} say what each figure counts.
 */
@ApplicationScoped
public class AnalyticsService {

    /** Days of invoices whose price variances are worked out at once. */
    static final int VARIANCE_WINDOW_DAYS = 7;

    @Inject
    TenantTransactions tenantData;

    @Inject
    OrderFacts orders;

    @Inject
    InvoiceFacts invoices;

    @Inject
    QuoteFacts quotes;

    @Inject
    SupplierFacts suppliers;

    @Inject
    ApprovalHistory approvals;

    @Inject
    CurrencyService currencies;

    @Inject
    ExtractionFacts extractions;

    @Inject
    ImportFacts imports;

    @Inject
    ConversionFacts conversions;

    @Inject
    ExchangeRates rates;

    public SupplierAnalytics suppliers(Period period, Slice slice, int top) {
        return tenantData.call(tx -> new SupplierReport(tx, period, slice, amounts(tx), suppliers)
                .build(
                        orders.placedSpend(tx, period.from(), period.to()),
                        orders.receipts(tx, period.from(), period.to()),
                        variances(tx, period),
                        suppliers.ratings(tx, period.startIn(zone(tx)), period.endIn(zone(tx))),
                        top));
    }

    public SavingsAnalytics savings(Period period, Slice slice, SavingsReport.Baseline baseline) {
        return tenantData.call(tx -> new SavingsReport(tx, period, slice, amounts(tx), suppliers)
                .build(
                        quotes.awards(tx, period.startIn(zone(tx)), period.endIn(zone(tx))),
                        variances(tx, period),
                        baseline));
    }

    public ApprovalAnalytics approvals(Period period, String documentType) {
        return tenantData.call(tx -> new ApprovalReport(period, tx.calendar(), documentType)
                .build(
                        approvals.stepsOfApprovalsActiveIn(tx, period.startIn(zone(tx)), period.endIn(zone(tx))),
                        approvals.pending(tx)));
    }

    public ExtractionAnalytics extraction(Period period) {
        return tenantData.call(tx -> {
            Instant start = period.startIn(zone(tx));
            Instant end = period.endIn(zone(tx));
            return new ExtractionReport(period, tx.calendar())
                    .build(
                            extractions.touchedIn(tx, start, end),
                            imports.requestedIn(tx, start, end),
                            imports.rejections(tx, start, end, 10));
        });
    }

    public ConversionAnalytics conversion(Period period, String format) {
        return tenantData.call(tx -> new ConversionReport(period, tx.calendar())
                .build(conversions.requestedIn(tx, period.startIn(zone(tx)), period.endIn(zone(tx))), format));
    }

    public ProcessingAnalytics processing(Period period) {
        return tenantData.call(tx -> {
            Instant start = period.startIn(zone(tx));
            Instant end = period.endIn(zone(tx));
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
            return new ProcessingReport(period, tx.calendar())
                    .build(
                            extractions.touchedIn(tx, start, end),
                            quotes.firstQuotes(tx, start, end),
                            quotes.awardTimes(tx, quoteIds),
                            timelines,
                            invoiced,
                            orders.firstReceipts(tx, invoicedOrders));
        });
    }

    /**
     * The price variances of the period, a week of invoices at a time (the invoices' lines and their
     * orders' prices of one week in memory, never a year's), summed per day, supplier, currency and
     * cost centre as each week is done.
     */
    private List<PriceVariances.Variance> variances(TenantTx tx, Period period) {
        List<PriceVariances.Variance> summed = new ArrayList<>();
        for (LocalDate start = period.from();
                !start.isAfter(period.to());
                start = start.plusDays(VARIANCE_WINDOW_DAYS)) {
            LocalDate end = start.plusDays(VARIANCE_WINDOW_DAYS - 1L);
            List<InvoiceFacts.BilledLine> billed =
                    invoices.billedLines(tx, start, end.isAfter(period.to()) ? period.to() : end);
            Set<UUID> orderIds = new HashSet<>();
            billed.forEach(line -> orderIds.add(line.orderId()));
            summed.addAll(PriceVariances.summed(PriceVariances.of(billed, orders.orderedPrices(tx, orderIds))));
        }
        return summed;
    }

    private TenantAmounts amounts(TenantTx tx) {
        String home = currencies.home(tx);
        return new TenantAmounts(tx, rates, home, currencies.decimals(tx, home, "currency"));
    }

    private static ZoneId zone(TenantTx tx) {
        return tx.calendar().zone();
    }
}
