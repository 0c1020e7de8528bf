package dev.procura.invoices;

import dev.procura.platform.persistence.JsonbColumn;
import dev.procura.procurement.BuyingDocument;
import dev.procura.procurement.DocumentTotals;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.StatusMachine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A supplier's invoice for a purchase order, matched against the order and its receipts. */
@Entity
@Table(name = "invoices")
@Convert(attributeName = "status", converter = InvoiceStatusColumn.class)
public class Invoice extends BuyingDocument<Invoice.Status> {

    public enum Status {
        DRAFT,
        MATCHED,
        MISMATCH,
        PAID,
        CANCELLED
    }

    /** Entered and not cancelled: what the supplier has billed (spend, budgets, quantities invoiced). */
    static final Set<Status> BILLED = EnumSet.of(Status.MATCHED, Status.MISMATCH, Status.PAID);

    public static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Invoice")
            .from(Status.DRAFT, Status.MATCHED, Status.MISMATCH, Status.CANCELLED)
            .from(Status.MISMATCH, Status.MATCHED, Status.MISMATCH, Status.CANCELLED)
            .from(Status.MATCHED, Status.PAID, Status.CANCELLED)
            .build();

    @Column(name = "supplier_invoice_number")
    private String supplierInvoiceNumber;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;

    private String currency;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Embedded
    private DocumentTotals totals;

    private String mismatches;

    @Column(name = "matched_at")
    private Instant matchedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    protected Invoice() {}

    /** The stored custom field values (JSON); only the custom fields port reads them. */
    public String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    Invoice(
            String number,
            InvoiceRequests.Invoice request,
            UUID supplierId,
            List<LineItem> pricedLines,
            UUID createdBy,
            Instant now) {
        super(number, Status.DRAFT, createdBy, now);
        this.supplierInvoiceNumber = request.supplierInvoiceNumber();
        this.supplierId = supplierId;
        this.purchaseOrderId = request.purchaseOrderId();
        this.currency = request.currency();
        this.invoiceDate = request.invoiceDate();
        this.dueDate = request.dueDate();
        this.lines.addAll(pricedLines);
        this.totals = DocumentTotals.of(pricedLines, currency);
        changed(now);
    }

    @Override
    protected StatusMachine<Status> machine() {
        return MACHINE;
    }

    /** Records a match result; {@code mismatchesJson} is null when everything matched. */
    void matched(String mismatchesJson, Instant now) {
        move(mismatchesJson == null ? Status.MATCHED : Status.MISMATCH, "matched", now);
        this.mismatches = mismatchesJson;
        this.matchedAt = now;
    }

    void pay(Instant now) {
        move(Status.PAID, "paid", now);
        this.paidAt = now;
    }

    void cancel(Instant now) {
        move(Status.CANCELLED, "cancelled", now);
    }

    public String supplierInvoiceNumber() {
        return supplierInvoiceNumber;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    public String currency() {
        return currency;
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public DocumentTotals totals() {
        return totals;
    }

    String mismatchesJson() {
        return mismatches;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    public List<LineItem> lines() {
        return lines;
    }
}
