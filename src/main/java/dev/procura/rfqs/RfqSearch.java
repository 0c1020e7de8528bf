package dev.procura.rfqs;

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

/** RFQs for the tenant's search: number and title, the suppliers invited, notes and lines. */
@ApplicationScoped
public class RfqSearch extends BuyingDocumentSearch<Rfq.Status, Rfq> {

    @Inject
    SupplierFacts suppliers;

    public RfqSearch() {
        super(
                Rfq.class,
                "SELECT CAST(id AS VARCHAR) FROM rfqs",
                "d.id IN (SELECT x.id FROM Rfq x JOIN x.invited i WHERE i.supplierId = :supplier)");
    }

    @Override
    public String type() {
        return "rfq";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Collection<UUID> supplierIds(Rfq rfq) {
        return rfq.supplierIds();
    }

    @Override
    protected List<String> supplierNames(TenantTx tx, UUID supplierId) {
        return suppliers
                .profile(tx, supplierId)
                .map(p -> Arrays.asList(p.legalName(), p.code()))
                .orElse(List.of());
    }

    @Override
    protected List<LineItem> lines(Rfq rfq) {
        return rfq.lines();
    }

    @Override
    protected String notes(Rfq rfq) {
        return rfq.notes();
    }

    @Override
    protected String title(Rfq rfq) {
        return rfq.title();
    }

    @Override
    protected String customFieldsJson(Rfq rfq) {
        return rfq.customFieldsJson();
    }
}
