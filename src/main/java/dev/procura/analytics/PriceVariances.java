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

    /** One invoice line's variance in the invoice currency (null: unmatched), with its order's cost centre. */
    record Variance(LocalDate invoiceDate, UUID supplierId, String currency, String costCentre, BigDecimal amount) {
        boolean matched() {
            return amount != null;
        }
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
                            amount);
                })
                .toList();
    }
}
