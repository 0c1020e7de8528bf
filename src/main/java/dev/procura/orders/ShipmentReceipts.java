package dev.procura.orders;

import dev.procura.orders.OrderViews.ReceiptView;
import dev.procura.platform.buying.ReceiptRecording;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods of another capability's document received as receipts of the order, through
 * {@link ReceiptService}: the same checks (order sent, outstanding quantities, lots and serials) and
 * the same {@code receipt.recorded} event. Goods of one item, lot, unit and expiry are one receipt
 * line; a second lot of the same order line goes into a further receipt.
 */
@ApplicationScoped
public class ShipmentReceipts implements ReceiptRecording {

    @Inject
    ReceiptService receipts;

    @Inject
    CurrentCaller caller;

    @Override
    public List<Recorded> record(
            TenantTx tx, UUID orderId, LocalDate on, String note, List<Received> goods, String field) {
        PurchaseOrder order = tx.em().find(PurchaseOrder.class, orderId);
        if (order == null) {
            throw new Failure.InvalidInput("purchase_order_id", "no such purchase order in this tenant");
        }
        Map<List<Object>, OrderRequests.ReceivedLine> merged = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            Received g = goods.get(i);
            int line = lineOf(order, g.itemCode());
            if (line == 0) {
                errors.add(new FieldError(
                        field + "[" + i + "].item_code",
                        "item " + g.itemCode() + " is not on order " + order.number()));
                continue;
            }
            List<Object> key = Arrays.asList(line, g.lotNumber(), g.unit(), g.expiresOn());
            OrderRequests.ReceivedLine before = merged.get(key);
            List<String> serials = new ArrayList<>();
            BigDecimal quantity = g.quantity();
            if (before != null) {
                serials.addAll(before.serialNumbersOrEmpty());
                quantity = quantity.add(before.acceptedQuantity());
            }
            if (g.serialNumbers() != null) {
                serials.addAll(g.serialNumbers());
            }
            merged.put(
                    key,
                    new OrderRequests.ReceivedLine(
                            line,
                            quantity,
                            null,
                            null,
                            g.unit(),
                            g.lotNumber(),
                            null,
                            serials.isEmpty() ? null : serials,
                            g.expiresOn()));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        List<List<OrderRequests.ReceivedLine>> rounds = new ArrayList<>();
        for (OrderRequests.ReceivedLine line : merged.values()) {
            List<OrderRequests.ReceivedLine> round = rounds.stream()
                    .filter(r -> r.stream().noneMatch(l -> Objects.equals(l.line(), line.line())))
                    .findFirst()
                    .orElse(null);
            if (round == null) {
                round = new ArrayList<>();
                rounds.add(round);
            }
            round.add(line);
        }
        List<Recorded> recorded = new ArrayList<>();
        for (List<OrderRequests.ReceivedLine> round : rounds) {
            ReceiptView view = receipts.receive(caller.get(), orderId, new OrderRequests.Receive(on, note, round));
            recorded.add(new Recorded(view.id(), view.number()));
        }
        return recorded;
    }

    private static int lineOf(PurchaseOrder order, String itemCode) {
        List<LineItem> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (Objects.equals(lines.get(i).itemCode(), itemCode)) {
                return i + 1;
            }
        }
        return 0;
    }
}
