package dev.procura.invoices;

import dev.procura.orders.OrderFacts;
import dev.procura.platform.buying.InvoicedGoods;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invoice lines next to their order lines' prices, in the order line's unit, for posting previews. */
@ApplicationScoped
public class InvoicedGoodsFacts implements InvoicedGoods {

    @Inject
    OrderFacts orders;

    @Inject
    UnitConversions units;

    @Override
    public Optional<Invoiced> invoice(TenantTx tx, UUID invoiceId) {
        Invoice invoice = tx.em().find(Invoice.class, invoiceId);
        if (invoice == null) {
            return Optional.empty();
        }
        Map<String, LineItem> ordered = new HashMap<>();
        orders.lines(tx, invoice.purchaseOrderId())
                .forEach(l -> ordered.putIfAbsent(l.ordered().itemCode(), l.ordered()));
        List<InvoicedLine> lines = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            LineItem billed = invoice.lines().get(i);
            LineItem order = ordered.get(billed.itemCode());
            boolean sameUnit = order == null || billed.unit().equals(order.unit());
            lines.add(new InvoicedLine(
                    i + 1,
                    billed.itemCode(),
                    billed.description(),
                    sameUnit
                            ? billed.quantity()
                            : units.convert(tx, billed.itemCode(), billed.quantity(), billed.unit(), order.unit()),
                    sameUnit ? billed.unit() : order.unit(),
                    sameUnit
                            ? billed.unitPrice()
                            : units.convertPrice(
                                    tx, billed.itemCode(), billed.unitPrice(), billed.unit(), order.unit(), 4),
                    order == null ? null : order.unitPrice(),
                    billed.netAmount(),
                    billed.taxAmount(),
                    billed.taxCode(),
                    billed.taxRate()));
        }
        return Optional.of(new Invoiced(
                invoice.id(),
                invoice.number(),
                invoice.supplierInvoiceNumber(),
                invoice.supplierId(),
                invoice.purchaseOrderId(),
                Invoice.MACHINE.column(invoice.status()),
                invoice.currency(),
                invoice.invoiceDate(),
                List.copyOf(lines)));
    }
}
