package dev.procura.invoices;

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

/** Supplier invoices for the tenant's search: number, supplier, the supplier's invoice number and lines. */
@ApplicationScoped
public class InvoiceSearch extends BuyingDocumentSearch<Invoice.Status, Invoice> {

    @Inject
    SupplierFacts suppliers;

    public InvoiceSearch() {
        super(Invoice.class, "SELECT CAST(id AS VARCHAR) FROM invoices", "d.supplierId = :supplier");
    }

    @Override
    public String type() {
        return "invoice";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Collection<UUID> supplierIds(Invoice invoice) {
        return Stream.ofNullable(invoice.supplierId()).toList();
    }

    @Override
    protected List<String> supplierNames(TenantTx tx, UUID supplierId) {
        return suppliers
                .profile(tx, supplierId)
                .map(p -> Arrays.asList(p.legalName(), p.code()))
                .orElse(List.of());
    }

    @Override
    protected List<LineItem> lines(Invoice invoice) {
        return invoice.lines();
    }

    @Override
    protected String notes(Invoice invoice) {
        return null;
    }

    @Override
    protected String supplierReference(Invoice invoice) {
        return invoice.supplierInvoiceNumber();
    }

    @Override
    protected String customFieldsJson(Invoice invoice) {
        return invoice.customFieldsJson();
    }
}
