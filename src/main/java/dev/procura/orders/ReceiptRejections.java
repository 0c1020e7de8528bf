package dev.procura.orders;

import dev.procura.platform.buying.ReceiptInspections;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Goods accepted at receipt and rejected on inspection: the receipt line's quantities move, and
 * the order, which may be short again, is partially received ({@code receipt.rejected_on_inspection}).
 */
@ApplicationScoped
public class ReceiptRejections implements ReceiptInspections {

    @Inject
    OrderRepository orders;

    @Inject
    ProcurementEvents events;

    @Override
    public Optional<UUID> plantOf(TenantTx tx, UUID receiptId) {
        return Optional.ofNullable(tx.em().find(Receipt.class, receiptId)).map(Receipt::plantId);
    }

    @Override
    public void rejectOnInspection(
            TenantTx tx, UUID actor, UUID receiptId, int line, BigDecimal quantity, String reason) {
        Receipt receipt = tx.em().find(Receipt.class, receiptId);
        if (receipt == null) {
            throw new Failure.NotFound("No receipt " + receiptId + " in this tenant");
        }
        ReceiptLine received = receipt.lines().stream()
                .filter(l -> l.line() == line)
                .findFirst()
                .orElseThrow(() -> new Failure.NotFound("Receipt " + receipt.number() + " has no line " + line));
        if (quantity.signum() <= 0 || quantity.compareTo(received.acceptedQuantity()) > 0) {
            throw new Failure.InvalidInput(
                    "rejected_quantity",
                    "must be above 0 and at most the "
                            + received.acceptedQuantity().stripTrailingZeros().toPlainString()
                            + " accepted on receipt " + receipt.number() + " line " + line);
        }
        ReceiptLine changed = received.rejectedOnInspection(quantity, reason);
        receipt.replaceLine(changed);
        PurchaseOrder order = tx.em().find(PurchaseOrder.class, receipt.purchaseOrderId());
        tx.em().flush();
        order.inspectedShort(ReceiptService.isComplete(order, orders.acceptedByLine(tx.em(), order.id())), tx.now());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("receipt_id", receipt.id());
        data.put("purchase_order_id", order.id());
        data.put("supplier_id", order.supplierId());
        data.put("number", receipt.number());
        data.put("line", line);
        data.put("rejected_quantity", quantity);
        data.put("accepted_quantity", changed.acceptedQuantity());
        data.put("reason", reason);
        data.put("order_status", order.status().name().toLowerCase(Locale.ROOT));
        events.publish(tx, actor, "receipt.rejected_on_inspection", receipt.id(), data);
    }
}
