package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.PriceVariance;
import dev.procura.analytics.AnalyticsViews.RfqSavings;
import dev.procura.analytics.AnalyticsViews.SavingsAnalytics;
import dev.procura.analytics.AnalyticsViews.SavingsBucket;
import dev.procura.analytics.AnalyticsViews.SupplierVariance;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.rfqs.QuoteFacts.Award;
import dev.procura.rfqs.QuoteFacts.Offer;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.suppliers.SupplierFacts.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** {@code GET /analytics/savings}: savings of awarded RFQs against competing quotes, and purchase price variance. */
final class SavingsReport {

    /** What an award is compared with: the competing complete quotes' highest, average or first net amount. */
    enum Baseline {
        HIGHEST,
        AVERAGE,
        FIRST;

        static Baseline parse(String value) {
            if (value == null || value.isBlank()) {
                return HIGHEST;
            }
            for (Baseline b : values()) {
                if (b.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
                    return b;
                }
            }
            throw new Failure.InvalidInput("baseline", "must be one of highest, average, first");
        }

        /** The baseline of these net amounts (tenant currency), in the order the quotes came; null if none. */
        BigDecimal of(List<BigDecimal> nets) {
            if (nets.isEmpty()) {
                return null;
            }
            return switch (this) {
                case HIGHEST -> nets.stream().max(Comparator.naturalOrder()).orElseThrow();
                case FIRST -> nets.get(0);
                case AVERAGE ->
                    nets.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(nets.size()), MathContext.DECIMAL128);
            };
        }
    }

    private static final class Tally {
        long rfqs;
        BigDecimal awarded = BigDecimal.ZERO;
        BigDecimal savings = BigDecimal.ZERO;
        boolean savingsKnown;
        BigDecimal variance = BigDecimal.ZERO;
        boolean varianceKnown;
    }

    private static final class SupplierTally {
        BigDecimal variance = BigDecimal.ZERO;
        long lines;
    }

    private final TenantTx tx;
    private final Period period;
    private final Slice slice;
    private final TenantAmounts money;
    private final SupplierFacts suppliers;

    SavingsReport(TenantTx tx, Period period, Slice slice, TenantAmounts money, SupplierFacts suppliers) {
        this.tx = tx;
        this.period = period;
        this.slice = slice;
        this.money = money;
        this.suppliers = suppliers;
    }

    SavingsAnalytics build(List<Award> awards, List<PriceVariances.Variance> variances, Baseline baseline) {
        Set<UUID> ids = new HashSet<>();
        awards.forEach(a -> ids.add(a.awarded().supplierId()));
        variances.forEach(v -> ids.add(v.supplierId()));
        Map<UUID, Summary> summaries = suppliers.summaries(tx, ids);
        Map<LocalDate, Tally> buckets = new TreeMap<>();
        period.buckets().forEach(b -> buckets.put(b, new Tally()));

        List<RfqSavings> rfqs = new ArrayList<>();
        BigDecimal totalSavings = BigDecimal.ZERO;
        BigDecimal totalBaselines = BigDecimal.ZERO;
        boolean anySavings = false;
        for (Award award : awards) {
            Offer won = award.awarded();
            // The currency filter selects by the awarded quote's currency; RFQs name no cost centre.
            if (!slice.keeps(won.supplierId(), summaries)
                    || (slice.currency() != null && !slice.currency().equals(won.currency()))) {
                continue;
            }
            LocalDate on = tx.calendar().dateOf(award.awardedAt());
            BigDecimal awardedNet = money.convert(won.net(), won.currency(), on);
            List<Offer> complete =
                    award.competing().stream().filter(Offer::complete).toList();
            List<BigDecimal> nets = complete.stream()
                    .map(o -> money.convert(o.net(), o.currency(), on))
                    .toList();
            BigDecimal base = baseline.of(nets);
            BigDecimal saved = base == null ? null : base.subtract(awardedNet);
            Tally bucket = buckets.computeIfAbsent(period.bucketOf(on), b -> new Tally());
            bucket.rfqs++;
            bucket.awarded = bucket.awarded.add(awardedNet);
            if (saved != null) {
                bucket.savings = bucket.savings.add(saved);
                bucket.savingsKnown = true;
                totalSavings = totalSavings.add(saved);
                totalBaselines = totalBaselines.add(base);
                anySavings = true;
            }
            rfqs.add(new RfqSavings(
                    award.rfqId(),
                    award.rfqNumber(),
                    on,
                    won.supplierId(),
                    money.shown(awardedNet),
                    money.shown(base),
                    money.shown(saved),
                    complete.size()));
        }

        BigDecimal ppv = BigDecimal.ZERO;
        long matched = 0;
        long unmatched = 0;
        Map<UUID, SupplierTally> bySupplier = new HashMap<>();
        for (PriceVariances.Variance v : variances) {
            if (!slice.keeps(v.supplierId(), summaries) || !slice.keeps(v.costCentre(), v.currency())) {
                continue;
            }
            if (!v.matched()) {
                unmatched += v.lines();
                continue;
            }
            BigDecimal amount = money.convert(v.amount(), v.currency(), v.invoiceDate());
            ppv = ppv.add(amount);
            matched += v.lines();
            Tally bucket = buckets.computeIfAbsent(period.bucketOf(v.invoiceDate()), b -> new Tally());
            bucket.variance = bucket.variance.add(amount);
            bucket.varianceKnown = true;
            SupplierTally supplier = bySupplier.computeIfAbsent(v.supplierId(), s -> new SupplierTally());
            supplier.variance = supplier.variance.add(amount);
            supplier.lines += v.lines();
        }
        List<SupplierVariance> supplierVariances = bySupplier.entrySet().stream()
                .map(e -> {
                    Summary who = summaries.get(e.getKey());
                    return new SupplierVariance(
                            e.getKey(),
                            who == null ? null : who.code(),
                            who == null ? null : who.legalName(),
                            money.shown(e.getValue().variance),
                            e.getValue().lines);
                })
                .sorted(Comparator.comparing(
                                (SupplierVariance s) -> s.priceVariance().abs())
                        .reversed()
                        .thenComparing(s -> s.code() == null ? "" : s.code()))
                .toList();

        return new SavingsAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                money.currency(),
                baseline.name().toLowerCase(java.util.Locale.ROOT),
                anySavings ? money.shown(totalSavings) : null,
                anySavings ? Figures.percent(totalSavings, totalBaselines) : null,
                buckets.entrySet().stream()
                        .map(e -> new SavingsBucket(
                                e.getKey(),
                                e.getValue().rfqs,
                                money.shown(e.getValue().awarded),
                                e.getValue().savingsKnown ? money.shown(e.getValue().savings) : null,
                                e.getValue().varianceKnown ? money.shown(e.getValue().variance) : null))
                        .toList(),
                rfqs,
                new PriceVariance(matched > 0 ? money.shown(ppv) : null, matched, unmatched, supplierVariances),
                money.ratesUsed());
    }
}
