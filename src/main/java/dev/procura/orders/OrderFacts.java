package dev.procura.orders;

import dev.procura.platform.web.ProblemException;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What invoicing needs to know about an order: its terms, its lines and what was received. */
@ApplicationScoped
public class OrderFacts {

    public record Order(UUID id, String number, UUID supplierId, String currency) {
    }

    public record Line(LineItem ordered, BigDecimal acceptedReceived) {
    }

    @Inject
    OrderRepository orders;

    /** The order, if it can be invoiced: placed with the supplier and not cancelled. */
    public Order invoiceable(EntityManager em, UUID orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        if (order == null) {
            throw new ProblemException.InvalidInput("purchase_order_id", "is not a purchase order of this tenant");
        }
        order.require("invoiced", PurchaseOrder.Status.SENT, PurchaseOrder.Status.PARTIALLY_RECEIVED,
                PurchaseOrder.Status.RECEIVED, PurchaseOrder.Status.CLOSED);
        return new Order(order.id(), order.number(), order.supplierId(), order.currency());
    }

    public List<Line> lines(EntityManager em, UUID orderId) {
        PurchaseOrder order = PurchaseOrderService.existing(em, orderId);
        Map<Integer, BigDecimal> accepted = orders.acceptedByLine(em, orderId);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(new Line(order.lines().get(i), accepted.getOrDefault(i + 1, BigDecimal.ZERO)));
        }
        return lines;
    }
}
