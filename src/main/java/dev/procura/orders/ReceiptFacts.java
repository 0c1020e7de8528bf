package dev.procura.orders;

import dev.procura.platform.buying.GoodsReceipts;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Receipts valued at their order's prices, for costing. */
@ApplicationScoped
public class ReceiptFacts implements GoodsReceipts {

    @Override
    public Optional<Received> receipt(TenantTx tx, UUID receiptId) {
        return Optional.ofNullable(tx.em().find(Receipt.class, receiptId)).map(r -> received(tx, r));
    }

    @Override
    public List<Received> receivedBetween(TenantTx tx, LocalDate from, LocalDate to, String itemCode) {
        List<Receipt> receipts = tx.em()
                .createQuery(
                        "SELECT r FROM Receipt r WHERE r.receivedOn BETWEEN :from AND :to"
                                + " ORDER BY r.receivedOn, r.createdAt, r.id",
                        Receipt.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return receipts.stream()
                .map(r -> received(tx, r))
                .filter(r -> itemCode == null || r.lines().stream().anyMatch(l -> itemCode.equals(l.itemCode())))
                .toList();
    }

    private static Received received(TenantTx tx, Receipt receipt) {
        PurchaseOrder order = tx.em().find(PurchaseOrder.class, receipt.purchaseOrderId());
        List<ReceivedLine> lines = new ArrayList<>();
        for (ReceiptLine line : receipt.lines()) {
            LineItem ordered = order.lines().get(line.line() - 1);
            lines.add(new ReceivedLine(
                    line.line(),
                    ordered.itemCode(),
                    ordered.description(),
                    line.acceptedQuantity(),
                    ordered.unit(),
                    ordered.unitPrice()));
        }
        return new Received(
                receipt.id(),
                receipt.number(),
                order.id(),
                order.number(),
                order.supplierId(),
                order.currency(),
                receipt.receivedOn(),
                List.copyOf(lines));
    }
}
