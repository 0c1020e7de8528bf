package dev.procura.orders;

import dev.procura.orders.OrderViews.ReceiptView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentNumbers;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Goods received against sent orders; the order becomes partially received or received. */
@ApplicationScoped
public class ReceiptService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    OrderRepository orders;

    @Inject
    DocumentNumbers numbers;

    @Inject
    ProcurementEvents events;

    @Inject
    OrderPlants plants;

    @Inject
    UnitConversions units;

    public ReceiptView receive(Caller caller, UUID orderId, OrderRequests.Receive request) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            LocalDate receivedOn = request.receivedOn() == null ? tx.today() : request.receivedOn();
            if (receivedOn.isAfter(tx.today())) {
                throw new Failure.InvalidInput("received_on", "must not be after today (" + tx.today() + ")");
            }
            PurchaseOrder order = plants.writable(em, orderId);
            order.require("received against", PurchaseOrder.Status.SENT, PurchaseOrder.Status.PARTIALLY_RECEIVED);
            Map<Integer, BigDecimal> accepted = orders.acceptedByLine(em, orderId);
            List<OrderRequests.ReceivedLine> counted = inOrderUnits(tx, order, request.lines());
            List<ReceiptLine> lines = lines(order, counted, accepted, receivedOn);
            Receipt receipt = new Receipt(
                    numbers.next(em, "receipt", "GRN-"),
                    orderId,
                    order.plantId(),
                    receivedOn,
                    request.notes(),
                    lines,
                    caller.userId(),
                    tx.now());
            em.persist(receipt);
            lines.forEach(l -> accepted.merge(l.line(), l.acceptedQuantity(), BigDecimal::add));
            order.received(isComplete(order, accepted), tx.now());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("receipt_id", receipt.id());
            data.put("purchase_order_id", orderId);
            data.put("supplier_id", order.supplierId());
            data.put("number", receipt.number());
            data.put("received_on", receivedOn.toString());
            data.put("order_status", order.status().name().toLowerCase(Locale.ROOT));
            data.put("plant_id", order.plantId());
            data.put("lines", ReceiptTraceability.lines(order, counted));
            events.publish(tx, caller.userId(), "receipt.recorded", receipt.id(), data);
            return ReceiptView.of(receipt, order);
        });
    }

    /** One receipt of the order. */
    public ReceiptView receipt(UUID orderId, UUID receiptId) {
        return receipts(orderId).stream()
                .filter(r -> r.id().equals(receiptId))
                .findFirst()
                .orElseThrow(() -> new Failure.NotFound("No receipt " + receiptId + " of order " + orderId));
    }

    public List<ReceiptView> receipts(UUID orderId) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            PurchaseOrder order = plants.readable(em, orderId);
            return orders.receipts(em, orderId).stream()
                    .map(r -> ReceiptView.of(r, order))
                    .toList();
        });
    }

    /**
     * The lines with their quantities in the order line's unit: a line counted in another unit is
     * converted (a receipt of 24 ea against an order line of boxes of 12 is 2 box); units that do
     * not convert are a 400.
     */
    private List<OrderRequests.ReceivedLine> inOrderUnits(
            TenantTx tx, PurchaseOrder order, List<OrderRequests.ReceivedLine> requested) {
        List<OrderRequests.ReceivedLine> converted = new ArrayList<>(requested.size());
        for (OrderRequests.ReceivedLine line : requested) {
            if (line.unit() == null || line.line() > order.lines().size()) {
                converted.add(line);
                continue;
            }
            LineItem ordered = order.lines().get(line.line() - 1);
            if (line.unit().equals(ordered.unit())) {
                converted.add(line);
                continue;
            }
            converted.add(line.counted(
                    units.convert(tx, ordered.itemCode(), line.acceptedQuantity(), line.unit(), ordered.unit()),
                    line.rejectedQuantity() == null
                            ? null
                            : units.convert(
                                    tx, ordered.itemCode(), line.rejectedQuantity(), line.unit(), ordered.unit()),
                    ordered.unit()));
        }
        return converted;
    }

    /** Checks every line; accepting more than is outstanding on an order line is refused. */
    private static List<ReceiptLine> lines(
            PurchaseOrder order,
            List<OrderRequests.ReceivedLine> requested,
            Map<Integer, BigDecimal> acceptedSoFar,
            LocalDate receivedOn) {
        List<FieldError> errors = new ArrayList<>();
        List<ReceiptLine> lines = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            OrderRequests.ReceivedLine line = requested.get(i);
            String at = "lines[" + i + "].";
            BigDecimal rejected = line.rejectedQuantity() == null ? BigDecimal.ZERO : line.rejectedQuantity();
            if (line.line() > order.lines().size()) {
                errors.add(new FieldError(
                        at + "line", "the order has " + order.lines().size() + " lines"));
                continue;
            }
            if (!seen.add(line.line())) {
                errors.add(new FieldError(at + "line", "appears twice in this receipt"));
            }
            if (line.acceptedQuantity().signum() == 0 && rejected.signum() == 0) {
                errors.add(new FieldError(at + "accepted_quantity", "accepted or rejected quantity must be above 0"));
            }
            LineItem ordered = order.lines().get(line.line() - 1);
            BigDecimal outstanding =
                    ordered.quantity().subtract(acceptedSoFar.getOrDefault(line.line(), BigDecimal.ZERO));
            if (line.acceptedQuantity().compareTo(outstanding) > 0) {
                errors.add(new FieldError(
                        at + "accepted_quantity",
                        "exceeds the outstanding quantity "
                                + outstanding.stripTrailingZeros().toPlainString() + " of " + ordered.itemCode()));
            }
            errors.addAll(ReceiptTraceability.problemsOf(line, at, receivedOn));
            lines.add(new ReceiptLine(line.line(), line.acceptedQuantity(), rejected, line.rejectionReason()));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return lines;
    }

    static boolean isComplete(PurchaseOrder order, Map<Integer, BigDecimal> accepted) {
        for (int i = 0; i < order.lines().size(); i++) {
            if (accepted.getOrDefault(i + 1, BigDecimal.ZERO)
                            .compareTo(order.lines().get(i).quantity())
                    < 0) {
                return false;
            }
        }
        return true;
    }
}
