package dev.procura.orders;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.BuyingDocumentSearch;
import dev.procura.procurement.LineItem;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Purchase orders for the tenant's search: number, supplier, notes and lines. */
@ApplicationScoped
public class OrderSearch extends BuyingDocumentSearch<PurchaseOrder.Status, PurchaseOrder> {

    @Inject
    SupplierFacts suppliers;

    public OrderSearch() {
        super(PurchaseOrder.class, "SELECT CAST(id AS VARCHAR) FROM purchase_orders", "d.supplierId = :supplier");
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
    protected Collection<UUID> supplierIds(PurchaseOrder order) {
        return Stream.ofNullable(order.supplierId()).toList();
    }

    @Override
    protected List<String> supplierNames(TenantTx tx, UUID supplierId) {
        return suppliers
                .profile(tx, supplierId)
                .map(p -> Arrays.asList(p.legalName(), p.code()))
                .orElse(List.of());
    }

    @Override
    protected List<LineItem> lines(PurchaseOrder order) {
        return order.lines();
    }

    @Override
    protected String notes(PurchaseOrder order) {
        return order.notes();
    }

    @Override
    protected String customFieldsJson(PurchaseOrder order) {
        return order.customFieldsJson();
    }
}
