package dev.procura.invoices;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Invoices as the workflow engine sees them: the fields transition conditions may read. */
@ApplicationScoped
public class InvoiceWorkflowSubjects implements WorkflowSubjects {

    @Inject
    CustomFields customFields;

    public static final String TYPE = "invoice";

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String pathSegment() {
        return "invoices";
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of(
                "number",
                "status",
                "total",
                "subtotal",
                "tax_total",
                "currency",
                "supplier_id",
                "purchase_order_id",
                "supplier_invoice_number",
                "invoice_date",
                "due_date",
                "lines");
    }

    @Override
    public Optional<WorkflowSubject> subject(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Invoice.class, id))
                .map(invoice -> subject(
                        invoice,
                        customFields.conditionFields(
                                customFields.viewer(tx, TYPE).apply(invoice.customFieldsJson()))));
    }

    /** The record with its fields and, named {@code cf_<key>}, its custom field values. */
    static WorkflowSubject subject(Invoice invoice, Map<String, Object> custom) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", invoice.number());
        fields.put("status", invoice.status().name().toLowerCase(Locale.ROOT));
        fields.put("total", invoice.totals().total());
        fields.put("subtotal", invoice.totals().subtotal());
        fields.put("tax_total", invoice.totals().taxTotal());
        fields.put("currency", invoice.currency());
        fields.put("supplier_id", invoice.supplierId().toString());
        fields.put("purchase_order_id", invoice.purchaseOrderId().toString());
        fields.put("supplier_invoice_number", invoice.supplierInvoiceNumber());
        fields.put("invoice_date", invoice.invoiceDate().toString());
        fields.put(
                "due_date", invoice.dueDate() == null ? null : invoice.dueDate().toString());
        fields.put("lines", invoice.lines().size());
        fields.putAll(custom);
        return new WorkflowSubject(TYPE, invoice.id(), invoice.number(), fields);
    }
}
