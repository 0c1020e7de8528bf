package dev.procura.orders;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentExports;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Purchase orders for conversions and reports, in number order, dated by their order date. */
@ApplicationScoped
public class OrderExports extends DocumentExports<PurchaseOrder.Status, PurchaseOrder> {

    public OrderExports() {
        super(PurchaseOrder.class, PurchaseOrder.Status.class, OrderViews.OrderView.class, "orderDate", true);
    }

    @Override
    public String type() {
        return "purchase_order";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Record view(TenantTx tx, PurchaseOrder order) {
        return OrderViews.OrderView.of(order);
    }

    @Override
    protected List<LineItem> lines(PurchaseOrder order) {
        return order.lines();
    }

    @Override
    protected String customFieldsJson(PurchaseOrder document) {
        return document.customFieldsJson();
    }
}
