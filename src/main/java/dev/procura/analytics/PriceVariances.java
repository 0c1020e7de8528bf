package dev.procura.analytics;

import dev.procura.invoices.InvoiceFacts.BilledLine;
import dev.procura.orders.OrderFacts.OrderedPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Purchase price variance of invoice lines: (invoiced − ordered unit price) × invoiced quantity,
 * against the first line of the invoice's order with the same item code and unit. A line with no
 * such order line is unmatched (its variance is null), never compared across units.
 */
final class PriceVariances {

    /**
     * The variance of {@code lines} invoice lines of one day, supplier, currency and order cost centre
     * in the invoice currency; {@code amount} null: lines with no order line to compare (unmatched).
     */
    record Variance(
            LocalDate invoiceDate, UUID supplierId, String currency, String costCentre, BigDecimal amount, long lines) {
        boolean matched() {
            return amount != null;
        }
    }

    private record SumKey(
            LocalDate invoiceDate, UUID supplierId, String currency, String costCentre, boolean matched) {}

    /** The variances summed per day, supplier, currency, cost centre and matched or not. */
    static List<Variance> summed(List<Variance> variances) {
        Map<SumKey, Variance> sums = new java.util.LinkedHashMap<>();
        for (Variance v : variances) {
            sums.merge(
                    new SumKey(v.invoiceDate(), v.supplierId(), v.currency(), v.costCentre(), v.matched()),
                    v,
                    (a, b) -> new Variance(
                            a.invoiceDate(),
                            a.supplierId(),
                            a.currency(),
                            a.costCentre(),
                            a.matched() ? a.amount().add(b.amount()) : null,
                            a.lines() + b.lines()));
        }
        return List.copyOf(sums.values());
    }

    private record Key(UUID orderId, String itemCode, String unit) {}

    private PriceVariances() {}

    static List<Variance> of(List<BilledLine> billed, List<OrderedPrice> ordered) {
        Map<Key, OrderedPrice> first = new HashMap<>();
        Map<UUID, String> costCentres = new HashMap<>();
        for (OrderedPrice price : ordered) {
            first.putIfAbsent(new Key(price.orderId(), price.itemCode(), price.unit()), price);
            costCentres.putIfAbsent(price.orderId(), price.costCentre());
        }
        return billed.stream()
                .map(line -> {
                    OrderedPrice price = first.get(new Key(line.orderId(), line.itemCode(), line.unit()));
                    BigDecimal amount = price == null
                            ? null
                            : line.unitPrice().subtract(price.unitPrice()).multiply(line.quantity());
                    return new Variance(
                            line.invoiceDate(),
                            line.supplierId(),
                            line.currency(),
                            costCentres.get(line.orderId()),
                            amount,
                            1);
                })
                .toList();
    }
}
