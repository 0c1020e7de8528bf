package dev.procura.analytics;

import dev.procura.analytics.RollupDays.Kind;
import dev.procura.analytics.RollupDays.Run;
import dev.procura.invoices.InvoiceFacts;
import dev.procura.orders.OrderFacts;
import dev.procura.orders.OrderFacts.PlacedSpend;
import dev.procura.orders.OrderFacts.ReceiptTally;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The supplier and savings figures per day from the rollup tables: the stale days of the period
 * (see {@link RollupDays}) are first rebuilt from the owning capabilities' facts, one rebuild per
 * tenant at a time, then every day of the period is read from its rows. The rows are the same
 * per-day sums the facts give, so the reports add them up exactly as they would the facts.
 */
@ApplicationScoped
class SupplierRollups {

    /** Days of invoices whose price variances are worked out at once while rebuilding. */
    static final int VARIANCE_WINDOW_DAYS = 7;

    private static final String DAY_OR_UNIT =
            "CASE WHEN currency = ?3 THEN CAST(date_trunc(?4, CAST(day AS TIMESTAMP)) AS DATE) ELSE day END";

    /** The ratings given in one calendar unit (from {@code day}, in the tenant's zone) to one supplier: their marks summed. */
    record RatingDay(
            LocalDate day, UUID supplierId, long quality, long delivery, long price, long service, long ratings) {}

    @Inject
    OrderFacts orders;

    @Inject
    InvoiceFacts invoices;

    @Inject
    SupplierFacts suppliers;

    List<PlacedSpend> spend(TenantTx tx, Period period, String home) {
        refresh(tx, Kind.SPEND, period.from(), period.to());
        return rows(
                        tx,
                        "SELECT MIN(day), CAST(supplier_id AS VARCHAR), cost_center, currency, SUM(net), SUM(orders)"
                                + " FROM analytics_spend_days WHERE day BETWEEN ?1 AND ?2"
                                + " GROUP BY " + DAY_OR_UNIT + ", supplier_id, cost_center, currency",
                        period,
                        home)
                .stream()
                .map(r -> new PlacedSpend(
                        date(r[0]), uuid(r[1]), (String) r[2], (String) r[3], decimal(r[4]), count(r[5])))
                .toList();
    }

    List<ReceiptTally> receipts(TenantTx tx, Period period, String home) {
        refresh(tx, Kind.RECEIPTS, period.from(), period.to());
        return rows(
                        tx,
                        "SELECT MIN(day), CAST(supplier_id AS VARCHAR), cost_center, currency, SUM(receipts),"
                                + " SUM(promised), SUM(on_time), SUM(completed), SUM(accepted), SUM(rejected)"
                                + " FROM analytics_receipt_days WHERE day BETWEEN ?1 AND ?2"
                                + " GROUP BY " + DAY_OR_UNIT + ", supplier_id, cost_center, currency",
                        period,
                        home)
                .stream()
                .map(r -> new ReceiptTally(
                        date(r[0]),
                        uuid(r[1]),
                        (String) r[2],
                        (String) r[3],
                        count(r[4]),
                        count(r[5]),
                        count(r[6]),
                        count(r[7]),
                        decimal(r[8]),
                        decimal(r[9])))
                .toList();
    }

    List<PriceVariances.Variance> variances(TenantTx tx, Period period, String home) {
        refresh(tx, Kind.VARIANCES, period.from(), period.to());
        return rows(
                        tx,
                        "SELECT MIN(day), CAST(supplier_id AS VARCHAR), currency, cost_center, SUM(amount), SUM(lines)"
                                + " FROM analytics_variance_days WHERE day BETWEEN ?1 AND ?2"
                                + " GROUP BY " + DAY_OR_UNIT + ", supplier_id, currency, cost_center, amount IS NULL",
                        period,
                        home)
                .stream()
                .map(r -> new PriceVariances.Variance(
                        date(r[0]), uuid(r[1]), (String) r[2], (String) r[3], decimal(r[4]), count(r[5])))
                .toList();
    }

    List<RatingDay> ratings(TenantTx tx, Period period) {
        refresh(tx, Kind.RATINGS, period.from(), period.to());
        return rows(
                        tx,
                        "SELECT MIN(day), CAST(supplier_id AS VARCHAR), SUM(quality), SUM(delivery), SUM(price),"
                                + " SUM(service), SUM(ratings) FROM analytics_rating_days WHERE day BETWEEN ?1 AND ?2"
                                + " GROUP BY CAST(date_trunc(?4, CAST(day AS TIMESTAMP)) AS DATE), supplier_id",
                        period,
                        null)
                .stream()
                .map(r -> new RatingDay(
                        date(r[0]), uuid(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]), count(r[6])))
                .toList();
    }

    private void refresh(TenantTx tx, Kind kind, LocalDate from, LocalDate to) {
        switch (kind) {
            case SPEND ->
                RollupDays.refresh(
                        tx,
                        kind,
                        "analytics_spend_days",
                        from,
                        to,
                        (c, run) -> writeSpend(c, orders.placedSpend(tx, run.from(), run.to())));
            case RECEIPTS ->
                RollupDays.refresh(
                        tx,
                        kind,
                        "analytics_receipt_days",
                        from,
                        to,
                        (c, run) -> writeReceipts(c, orders.receipts(tx, run.from(), run.to())));
            case VARIANCES ->
                RollupDays.refresh(
                        tx, kind, "analytics_variance_days", from, to, (c, run) -> writeVariances(c, tx, run));
            case RATINGS ->
                RollupDays.refresh(tx, kind, "analytics_rating_days", from, to, (c, run) -> writeRatings(c, tx, run));
            default -> throw new IllegalArgumentException(kind.key);
        }
    }

    private static void writeSpend(Connection c, List<PlacedSpend> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analytics_spend_days"
                + " (day, supplier_id, cost_center, currency, net, orders) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (PlacedSpend r : rows) {
                s.setObject(1, r.orderDate());
                s.setObject(2, r.supplierId());
                s.setString(3, r.costCentre());
                s.setString(4, r.currency());
                s.setBigDecimal(5, r.net());
                s.setLong(6, r.orders());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void writeReceipts(Connection c, List<ReceiptTally> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analytics_receipt_days (day, supplier_id,"
                + " cost_center, currency, receipts, promised, on_time, completed, accepted, rejected)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReceiptTally r : rows) {
                s.setObject(1, r.receivedOn());
                s.setObject(2, r.supplierId());
                s.setString(3, r.costCentre());
                s.setString(4, r.currency());
                s.setLong(5, r.receipts());
                s.setLong(6, r.promised());
                s.setLong(7, r.onTime());
                s.setLong(8, r.completed());
                s.setBigDecimal(9, r.accepted());
                s.setBigDecimal(10, r.rejected());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A week of invoices at a time (their lines and their orders' prices in memory, never a year's). */
    private void writeVariances(Connection c, TenantTx tx, Run run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analytics_variance_days"
                + " (day, supplier_id, currency, cost_center, amount, lines) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (LocalDate start = run.from(); !start.isAfter(run.to()); start = start.plusDays(VARIANCE_WINDOW_DAYS)) {
                LocalDate end = start.plusDays(VARIANCE_WINDOW_DAYS - 1L);
                List<InvoiceFacts.BilledLine> billed =
                        invoices.billedLines(tx, start, end.isAfter(run.to()) ? run.to() : end);
                Set<UUID> orderIds = new HashSet<>();
                billed.forEach(line -> orderIds.add(line.orderId()));
                for (PriceVariances.Variance v :
                        PriceVariances.summed(PriceVariances.of(billed, orders.orderedPrices(tx, orderIds)))) {
                    s.setObject(1, v.invoiceDate());
                    s.setObject(2, v.supplierId());
                    s.setString(3, v.currency());
                    s.setString(4, v.costCentre());
                    if (v.amount() == null) {
                        s.setNull(5, Types.NUMERIC);
                    } else {
                        s.setBigDecimal(5, v.amount());
                    }
                    s.setLong(6, v.lines());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private void writeRatings(Connection c, TenantTx tx, Run run) throws SQLException {
        ZoneId zone = tx.calendar().zone();
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (SupplierFacts.Marks m : suppliers.ratings(
                tx,
                run.from().atStartOfDay(zone).toInstant(),
                run.to().plusDays(1).atStartOfDay(zone).toInstant())) {
            long[] sum = sums.computeIfAbsent(List.of(tx.calendar().dateOf(m.at()), m.supplierId()), k -> new long[5]);
            sum[0] += m.quality();
            sum[1] += m.delivery();
            sum[2] += m.price();
            sum[3] += m.service();
            sum[4]++;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analytics_rating_days"
                + " (day, supplier_id, quality, delivery, price, service, ratings) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, long[]> e : sums.entrySet()) {
                s.setObject(1, e.getKey().get(0));
                s.setObject(2, e.getKey().get(1));
                for (int i = 0; i < 5; i++) {
                    s.setLong(3 + i, e.getValue()[i]);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * The rows of the period summed in SQL: per calendar unit of the period's interval where they are
     * in the tenant currency (nothing to convert: the sum is what the report would add up), per day
     * otherwise (each day converted at its own rate); each dated by its first day, which falls in the
     * same bucket as the rest.
     */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(TenantTx tx, String sql, Period period, String home) {
        jakarta.persistence.Query query = tx.em()
                .createNativeQuery(sql)
                .setParameter(1, Date.valueOf(period.from()))
                .setParameter(2, Date.valueOf(period.to()))
                .setParameter(4, period.interval().apiName());
        if (home != null) {
            query.setParameter(3, home);
        }
        return query.getResultList();
    }

    private static LocalDate date(Object value) {
        return ((Date) value).toLocalDate();
    }

    private static UUID uuid(Object value) {
        return UUID.fromString((String) value);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
