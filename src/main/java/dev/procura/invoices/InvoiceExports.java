package dev.procura.invoices;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentExports;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Supplier invoices for conversions and reports, in number order, dated by their invoice date. */
@ApplicationScoped
public class InvoiceExports extends DocumentExports<Invoice.Status, Invoice> {

    public InvoiceExports() {
        super(Invoice.class, Invoice.Status.class, InvoiceView.class, "invoiceDate", true);
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
    protected Record view(TenantTx tx, Invoice invoice) {
        return InvoiceService.view(invoice, Map.of());
    }

    @Override
    protected List<LineItem> lines(Invoice invoice) {
        return invoice.lines();
    }

    @Override
    protected String customFieldsJson(Invoice document) {
        return document.customFieldsJson();
    }
}
