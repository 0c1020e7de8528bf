package dev.procura.orders;

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

/**
 * A purchase order. It reaches {@code approved} only through the approval port; receipts move it
 * to partially received and received.
 */
@Entity
@Table(name = "purchase_orders")
public class PurchaseOrder {

    public enum Status { DRAFT, PENDING_APPROVAL, APPROVED, SENT, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED }

    static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Purchase order")
            .from(Status.DRAFT, Status.PENDING_APPROVAL, Status.CANCELLED)
            .from(Status.PENDING_APPROVAL, Status.APPROVED, Status.DRAFT)
            .from(Status.APPROVED, Status.SENT, Status.CANCELLED)
            .from(Status.SENT, Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CLOSED)
            .from(Status.PARTIALLY_RECEIVED, Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CLOSED)
            .from(Status.RECEIVED, Status.CLOSED)
            .build();

    @Id
    private UUID id;
    private String number;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Column(name = "quote_id")
    private UUID quoteId;
    private String status;
    private String currency;
    @Column(name = "cost_center")
    private String costCenter;
    @Column(name = "order_date")
    private LocalDate orderDate;
    @Column(name = "expected_delivery_date")
    private LocalDate expectedDeliveryDate;
    @Column(name = "payment_terms")
    private String paymentTerms;
    private String notes;
    private BigDecimal subtotal;
    @Column(name = "tax_total")
    private BigDecimal taxTotal;
    private BigDecimal total;
    @Column(name = "rejection_feedback")
    private String rejectionFeedback;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "submitted_by")
    private UUID submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_lines", joinColumns = @JoinColumn(name = "purchase_order_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(String number, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = "draft";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The order's terms; {@code source} says which supplier, quote and currency they come from. */
    void describe(OrderRequests.Source source, OrderRequests.Order request, List<LineItem> pricedLines, Instant now) {
        this.supplierId = source.supplierId();
        this.quoteId = source.quoteId();
        this.currency = source.currency();
        this.costCenter = request.costCenter();
        this.orderDate = request.orderDate() == null ? LocalDate.now() : request.orderDate();
        this.expectedDeliveryDate = request.expectedDeliveryDate();
        this.paymentTerms = request.paymentTerms() == null ? source.paymentTerms() : request.paymentTerms();
        this.notes = request.notes();
        this.lines.clear();
        this.lines.addAll(pricedLines);
        Lines.Totals totals = Lines.Totals.of(pricedLines, currency);
        this.subtotal = totals.subtotal();
        this.taxTotal = totals.taxTotal();
        this.total = totals.total();
        this.updatedAt = now;
    }

    void requireDraft(String action) {
        MACHINE.require(number, status(), action, Status.DRAFT);
    }

    void submit(UUID by, Instant now) {
        move(Status.PENDING_APPROVAL, "submitted", now);
        this.submittedBy = by;
        this.submittedAt = now;
        this.rejectionFeedback = null;
    }

    void approve(Instant now) {
        move(Status.APPROVED, "approved", now);
        this.approvedAt = now;
    }

    void reject(String feedback, Instant now) {
        move(Status.DRAFT, "rejected", now);
        this.rejectionFeedback = feedback;
    }

    void send(Instant now) {
        move(Status.SENT, "sent", now);
        this.sentAt = now;
    }

    void received(boolean complete, Instant now) {
        move(complete ? Status.RECEIVED : Status.PARTIALLY_RECEIVED, "received", now);
    }

    void close(Instant now) {
        move(Status.CLOSED, "closed", now);
    }

    void cancel(Instant now) {
        move(Status.CANCELLED, "cancelled", now);
    }

    private void move(Status to, String action, Instant now) {
        this.status = StatusMachine.name(MACHINE.move(number, status(), to, action));
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

    public UUID supplierId() {
        return supplierId;
    }

    public UUID quoteId() {
        return quoteId;
    }

    public String currency() {
        return currency;
    }

    public String costCenter() {
        return costCenter;
    }

    public LocalDate orderDate() {
        return orderDate;
    }

    public LocalDate expectedDeliveryDate() {
        return expectedDeliveryDate;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public String notes() {
        return notes;
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

    public String rejectionFeedback() {
        return rejectionFeedback;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant sentAt() {
        return sentAt;
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
