package dev.procura.orders;

import dev.procura.platform.buying.BuyingDocumentContents;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A purchase order as a whole, for a capability that hands it to another system. */
@ApplicationScoped
public class OrderContents implements BuyingDocumentContents {

    @Override
    public String documentType() {
        return PurchaseOrderApprovals.TYPE;
    }

    @Override
    public Optional<Contents> contents(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(PurchaseOrder.class, id)).map(OrderContents::of);
    }

    private static Contents of(PurchaseOrder order) {
        return new Contents(
                PurchaseOrderApprovals.TYPE,
                order.id(),
                order.number(),
                order.status().name().toLowerCase(Locale.ROOT),
                order.supplierId(),
                null,
                null,
                order.currency(),
                order.orderDate(),
                order.expectedDeliveryDate(),
                order.costCenter(),
                order.plantId(),
                order.totals().subtotal(),
                order.totals().taxTotal(),
                order.totals().total(),
                lines(order.lines()));
    }

    private static List<Line> lines(List<LineItem> items) {
        List<Line> lines = new ArrayList<>();
        for (LineItem item : items) {
            lines.add(new Line(
                    lines.size() + 1,
                    item.itemCode(),
                    item.description(),
                    item.quantity(),
                    item.unit(),
                    item.unitPrice(),
                    item.taxRate(),
                    item.netAmount(),
                    item.taxAmount(),
                    item.totalAmount()));
        }
        return lines;
    }
}
