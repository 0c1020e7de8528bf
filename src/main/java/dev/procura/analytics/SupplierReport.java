package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.CategorySpend;
import dev.procura.analytics.AnalyticsViews.Concentration;
import dev.procura.analytics.AnalyticsViews.ScorePoint;
import dev.procura.analytics.AnalyticsViews.SupplierAnalytics;
import dev.procura.analytics.AnalyticsViews.SupplierBucket;
import dev.procura.analytics.AnalyticsViews.SupplierLine;
import dev.procura.orders.OrderFacts;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.suppliers.SupplierFacts.Summary;
import dev.procura.suppliers.SupplierScorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** {@code GET /analytics/suppliers}: spend, delivery, quality, price and scorecard figures per supplier and bucket. */
final class SupplierReport {

    /** Everything counted for one supplier, one bucket, or one supplier's bucket. */
    private static final class Tally {
        BigDecimal spend = BigDecimal.ZERO;
        long orders;
        long deliveries;
        long promised;
        long onTime;
        long inFull;
        BigDecimal accepted = BigDecimal.ZERO;
        BigDecimal rejected = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        boolean varianceKnown;
        final long[] marks = new long[4];
        long ratings;

        BigDecimal onTimePercent() {
            return Figures.percent(onTime, promised);
        }

        BigDecimal inFullPercent() {
            return Figures.percent(inFull, deliveries);
        }

        BigDecimal rejectedPercent() {
            return Figures.percent(rejected, accepted.add(rejected));
        }

        BigDecimal acceptedPercent() {
            return Figures.percent(accepted, accepted.add(rejected));
        }

        BigDecimal mark(int criterion) {
            return ratings == 0
                    ? null
                    : BigDecimal.valueOf(marks[criterion]).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
        }

        SupplierScorecard.Inputs scoreInputs() {
            return new SupplierScorecard.Inputs(mark(0), mark(1), mark(2), mark(3), acceptedPercent(), onTimePercent());
        }
    }

    private final TenantTx tx;
    private final Period period;
    private final Slice slice;
    private final TenantAmounts money;
    private final SupplierFacts suppliers;

    private final Tally total = new Tally();
    private final Map<LocalDate, Tally> buckets = new TreeMap<>();
    private final Map<UUID, Tally> bySupplier = new HashMap<>();
    private final Map<UUID, Map<LocalDate, Tally>> bySupplierBucket = new HashMap<>();

    SupplierReport(TenantTx tx, Period period, Slice slice, TenantAmounts money, SupplierFacts suppliers) {
        this.tx = tx;
        this.period = period;
        this.slice = slice;
        this.money = money;
        this.suppliers = suppliers;
        period.buckets().forEach(start -> buckets.put(start, new Tally()));
    }

    SupplierAnalytics build(
            List<OrderFacts.PlacedSpend> spend,
            List<OrderFacts.ReceiptTally> deliveries,
            List<PriceVariances.Variance> variances,
            List<SupplierRollups.RatingDay> ratings,
            int top) {
        Set<UUID> ids = new HashSet<>();
        spend.forEach(s -> ids.add(s.supplierId()));
        deliveries.forEach(d -> ids.add(d.supplierId()));
        variances.forEach(v -> ids.add(v.supplierId()));
        ratings.forEach(r -> ids.add(r.supplierId()));
        Map<UUID, Summary> summaries = suppliers.summaries(tx, ids);

        for (OrderFacts.PlacedSpend s : spend) {
            if (slice.keeps(s.supplierId(), summaries) && slice.keeps(s.costCentre(), s.currency())) {
                BigDecimal amount = money.convert(s.net(), s.currency(), s.orderDate());
                each(s.supplierId(), s.orderDate(), t -> {
                    t.spend = t.spend.add(amount);
                    t.orders += s.orders();
                });
            }
        }
        for (OrderFacts.ReceiptTally d : deliveries) {
            if (slice.keeps(d.supplierId(), summaries) && slice.keeps(d.costCentre(), d.currency())) {
                each(d.supplierId(), d.receivedOn(), t -> {
                    t.deliveries += d.receipts();
                    t.promised += d.promised();
                    t.onTime += d.onTime();
                    t.inFull += d.completed();
                    t.accepted = t.accepted.add(d.accepted());
                    t.rejected = t.rejected.add(d.rejected());
                });
            }
        }
        for (PriceVariances.Variance v : variances) {
            if (v.matched() && slice.keeps(v.supplierId(), summaries) && slice.keeps(v.costCentre(), v.currency())) {
                BigDecimal amount = money.convert(v.amount(), v.currency(), v.invoiceDate());
                each(v.supplierId(), v.invoiceDate(), t -> {
                    t.variance = t.variance.add(amount);
                    t.varianceKnown = true;
                });
            }
        }
        // Ratings carry no cost centre or currency: only the supplier and category filters apply to them.
        for (SupplierRollups.RatingDay r : ratings) {
            if (slice.keeps(r.supplierId(), summaries)) {
                each(r.supplierId(), r.day(), t -> {
                    t.marks[0] += r.quality();
                    t.marks[1] += r.delivery();
                    t.marks[2] += r.price();
                    t.marks[3] += r.service();
                    t.ratings += r.ratings();
                });
            }
        }
        return new SupplierAnalytics(
                period.from(),
                period.to(),
                period.interval().apiName(),
                money.currency(),
                money.shown(total.spend),
                bucket(period.from(), total),
                buckets.entrySet().stream()
                        .map(e -> bucket(e.getKey(), e.getValue()))
                        .toList(),
                lines(summaries),
                categories(summaries),
                concentration(top),
                money.ratesUsed());
    }

    private void each(UUID supplier, LocalDate date, java.util.function.Consumer<Tally> count) {
        LocalDate bucket = period.bucketOf(date);
        count.accept(total);
        count.accept(buckets.computeIfAbsent(bucket, b -> new Tally()));
        count.accept(bySupplier.computeIfAbsent(supplier, s -> new Tally()));
        count.accept(bySupplierBucket
                .computeIfAbsent(supplier, s -> new TreeMap<>())
                .computeIfAbsent(bucket, b -> new Tally()));
    }

    private SupplierBucket bucket(LocalDate start, Tally t) {
        return new SupplierBucket(
                start,
                money.shown(t.spend),
                t.orders,
                t.deliveries,
                t.onTimePercent(),
                t.inFullPercent(),
                t.rejectedPercent(),
                t.varianceKnown ? money.shown(t.variance) : null);
    }

    private List<SupplierLine> lines(Map<UUID, Summary> summaries) {
        java.util.function.Function<SupplierScorecard.Inputs, BigDecimal> score = suppliers.scorer(tx);
        List<SupplierLine> lines = new ArrayList<>();
        bySupplier.forEach((id, t) -> {
            Summary who = summaries.get(id);
            Map<LocalDate, Tally> own = bySupplierBucket.get(id);
            List<ScorePoint> trend = period.buckets().stream()
                    .map(start -> new ScorePoint(
                            start,
                            own.containsKey(start) ? score.apply(own.get(start).scoreInputs()) : null))
                    .toList();
            lines.add(new SupplierLine(
                    id,
                    who == null ? null : who.code(),
                    who == null ? null : who.legalName(),
                    who == null ? List.of() : who.categories(),
                    money.shown(t.spend),
                    Figures.percent(t.spend, total.spend),
                    t.orders,
                    t.deliveries,
                    t.onTimePercent(),
                    t.inFullPercent(),
                    t.rejectedPercent(),
                    t.varianceKnown ? money.shown(t.variance) : null,
                    score.apply(t.scoreInputs()),
                    trend));
        });
        lines.sort(Comparator.comparing(SupplierLine::spend)
                .reversed()
                .thenComparing(l -> l.code() == null ? "" : l.code()));
        return lines;
    }

    private List<CategorySpend> categories(Map<UUID, Summary> summaries) {
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        bySupplier.forEach((id, t) -> {
            Summary who = summaries.get(id);
            if (who != null && t.spend.signum() != 0) {
                who.categories().forEach(c -> byCategory.merge(c, t.spend, BigDecimal::add));
            }
        });
        return byCategory.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CategorySpend(
                        e.getKey(), money.shown(e.getValue()), Figures.percent(e.getValue(), total.spend)))
                .toList();
    }

    private Concentration concentration(int top) {
        List<BigDecimal> spends = bySupplier.values().stream()
                .map(t -> t.spend)
                .filter(s -> s.signum() > 0)
                .sorted(Comparator.reverseOrder())
                .toList();
        BigDecimal topSpend = spends.stream().limit(top).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Concentration(top, spends.size(), Figures.percent(topSpend, total.spend));
    }
}
