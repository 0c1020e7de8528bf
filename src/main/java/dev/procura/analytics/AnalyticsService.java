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
import dev.procura.platform.analytics.Period;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.rfqs.QuoteFacts;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The procurement analytics: each figure computed from the owning capabilities' facts (orders,
 * receipts, invoices, quotes, ratings, approval steps) in one tenant transaction, in the tenant's
 * currency and calendar; spend, receipts, price variances and ratings come summed per day from the
 * analytics rollups ({@link SupplierRollups}), which rebuild the days a change has touched first, and
 * processing times from {@link ProcessingRollups}. The texts in {@link KpiCatalogue} say what each
 * figure counts.
 */
@ApplicationScoped
public class AnalyticsService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    SupplierRollups rollups;

    @Inject
    ProcessingRollups processingRollups;

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
        return tenantData.call(tx -> {
            TenantAmounts money = amounts(tx);
            return new SupplierReport(tx, period, slice, money, suppliers)
                    .build(
                            rollups.spend(tx, period, money.currency()),
                            rollups.receipts(tx, period, money.currency()),
                            rollups.variances(tx, period, money.currency()),
                            rollups.ratings(tx, period),
                            top);
        });
    }

    public SavingsAnalytics savings(Period period, Slice slice, SavingsReport.Baseline baseline) {
        return tenantData.call(tx -> {
            TenantAmounts money = amounts(tx);
            return new SavingsReport(tx, period, slice, money, suppliers)
                    .build(
                            quotes.awards(tx, period.startIn(zone(tx)), period.endIn(zone(tx))),
                            rollups.variances(tx, period, money.currency()),
                            baseline);
        });
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
        return tenantData.call(tx -> processingRollups.processing(tx, period));
    }

    private TenantAmounts amounts(TenantTx tx) {
        String home = currencies.home(tx);
        return new TenantAmounts(tx, rates, home, currencies.decimals(tx, home, "currency"));
    }

    private static ZoneId zone(TenantTx tx) {
        return tx.calendar().zone();
    }
}
