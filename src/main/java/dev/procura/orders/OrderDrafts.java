package dev.procura.orders;

import dev.procura.platform.buying.DraftOrders;
import dev.procura.platform.buying.DraftPurchases;
import dev.procura.platform.security.Caller;
import dev.procura.procurement.LineRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Draft purchase orders other capabilities ask for (a project BOM's buy lines), made by {@link PurchaseOrderService}. */
@ApplicationScoped
public class OrderDrafts implements DraftOrders {

    @Inject
    PurchaseOrderService orders;

    @Override
    public DraftPurchases.Drafted createPurchaseOrder(
            Caller caller,
            UUID supplierId,
            String currency,
            String costCenter,
            UUID plantId,
            UUID projectId,
            String notes,
            List<DraftPurchases.Line> lines) {
        OrderViews.OrderView created = orders.create(
                caller,
                new OrderRequests.Order(
                        supplierId,
                        null,
                        currency,
                        costCenter,
                        plantId,
                        null,
                        null,
                        null,
                        notes,
                        lines.stream()
                                .map(l -> new LineRequest(
                                        l.itemCode(),
                                        l.description(),
                                        l.quantity(),
                                        l.unit(),
                                        l.unitPrice(),
                                        null,
                                        null,
                                        null))
                                .toList(),
                        null,
                        projectId));
        return new DraftPurchases.Drafted(created.id(), created.number());
    }
}
