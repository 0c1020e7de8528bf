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
import java.util.stream.Stream;

/** Quotes for the tenant's search: number, supplier, the supplier's reference, notes and lines. */
@ApplicationScoped
public class QuoteSearch extends BuyingDocumentSearch<Quote.Status, Quote> {

    @Inject
    SupplierFacts suppliers;

    public QuoteSearch() {
        super(Quote.class, "SELECT CAST(id AS VARCHAR) FROM quotes", "d.supplierId = :supplier");
    }

    @Override
    public String type() {
        return "quote";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Collection<UUID> supplierIds(Quote quote) {
        return Stream.ofNullable(quote.supplierId()).toList();
    }

    @Override
    protected List<String> supplierNames(TenantTx tx, UUID supplierId) {
        return suppliers
                .profile(tx, supplierId)
                .map(p -> Arrays.asList(p.legalName(), p.code()))
                .orElse(List.of());
    }

    @Override
    protected List<LineItem> lines(Quote quote) {
        return quote.lines();
    }

    @Override
    protected String notes(Quote quote) {
        return quote.notes();
    }

    @Override
    protected String supplierReference(Quote quote) {
        return quote.supplierReference();
    }

    @Override
    protected String customFieldsJson(Quote quote) {
        return quote.customFieldsJson();
    }
}
