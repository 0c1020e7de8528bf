package dev.procura.invoices;

import dev.procura.procurement.LineItem;
import dev.procura.procurement.Lines;
import dev.procura.procurement.StatusMachine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A supplier's invoice for a purchase order, matched against the order and its receipts. */
@Entity
@Table(name = "invoices")
public class Invoice {

    public enum Status { DRAFT, MATCHED, MISMATCH, PAID, CANCELLED }

    static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Invoice")
            .from(Status.DRAFT, Status.MATCHED, Status.MISMATCH, Status.CANCELLED)
            .from(Status.MISMATCH, Status.MATCHED, Status.MISMATCH, Status.CANCELLED)
            .from(Status.MATCHED, Status.PAID, Status.CANCELLED)
            .build();

    @Id
    private UUID id;
    private String number;
    @Column(name = "supplier_invoice_number")
    private String supplierInvoiceNumber;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;
    private String status;
    private String currency;
    @Column(name = "invoice_date")
    private LocalDate invoiceDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private BigDecimal subtotal;
    @Column(name = "tax_total")
    private BigDecimal taxTotal;
    private BigDecimal total;
    private String mismatches;
    @Column(name = "matched_at")
    private Instant matchedAt;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_lines", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    protected Invoice() {
    }

    Invoice(String number, InvoiceRequests.Invoice request, UUID supplierId, List<LineItem> pricedLines, UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = "draft";
        this.supplierInvoiceNumber = request.supplierInvoiceNumber();
        this.supplierId = supplierId;
        this.purchaseOrderId = request.purchaseOrderId();
        this.currency = request.currency();
        this.invoiceDate = request.invoiceDate();
        this.dueDate = request.dueDate();
        this.lines.addAll(pricedLines);
        Lines.Totals totals = Lines.Totals.of(pricedLines, currency);
        this.subtotal = totals.subtotal();
        this.taxTotal = totals.taxTotal();
        this.total = totals.total();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records a match result; {@code mismatchesJson} is null when everything matched. */
    void matched(String mismatchesJson, Instant now) {
        Status to = mismatchesJson == null ? Status.MATCHED : Status.MISMATCH;
        this.status = StatusMachine.name(MACHINE.move(number, status(), to, "matched"));
        this.mismatches = mismatchesJson;
        this.matchedAt = now;
        this.updatedAt = now;
    }

    void pay(Instant now) {
        this.status = StatusMachine.name(MACHINE.move(number, status(), Status.PAID, "paid"));
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = StatusMachine.name(MACHINE.move(number, status(), Status.CANCELLED, "cancelled"));
        this.updatedAt = now;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
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

    public BigDecimal subtotal() {
        return subtotal;
    }

    public BigDecimal taxTotal() {
        return taxTotal;
    }

    public BigDecimal total() {
        return total;
    }

    String mismatchesJson() {
        return mismatches;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<LineItem> lines() {
        return lines;
    }
}
