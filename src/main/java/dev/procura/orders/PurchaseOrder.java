package dev.procura.orders;

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

/**
 * A purchase order. It reaches {@code approved} only through the approval port; receipts move it
 * to partially received and received.
 */
@Entity
@Table(name = "purchase_orders")
@Convert(attributeName = "status", converter = PurchaseOrderStatusColumn.class)
public class PurchaseOrder extends BuyingDocument<PurchaseOrder.Status> {

    public enum Status {
        DRAFT,
        PENDING_APPROVAL,
        APPROVED,
        SENT,
        PARTIALLY_RECEIVED,
        RECEIVED,
        CLOSED,
        CANCELLED
    }

    /** Neither a draft nor cancelled (pending approval counts): the orders a supplier's history counts. */
    static final Set<Status> SUBMITTED = EnumSet.complementOf(EnumSet.of(Status.DRAFT, Status.CANCELLED));
    /** Approved, so placed with the supplier: such an order may be rated. */
    static final Set<Status> PLACED =
            EnumSet.of(Status.APPROVED, Status.SENT, Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CLOSED);
    /** Every order but a cancelled one: its prices stand, even while a draft. */
    static final Set<Status> NOT_CANCELLED = EnumSet.complementOf(EnumSet.of(Status.CANCELLED));
    /** Holding money against budgets: approved and not yet closed or cancelled. */
    static final Set<Status> OPEN =
            EnumSet.of(Status.APPROVED, Status.SENT, Status.PARTIALLY_RECEIVED, Status.RECEIVED);

    public static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Purchase order")
            .from(Status.DRAFT, Status.PENDING_APPROVAL, Status.CANCELLED)
            .from(Status.PENDING_APPROVAL, Status.APPROVED, Status.DRAFT)
            .from(Status.APPROVED, Status.SENT, Status.CANCELLED)
            .from(Status.SENT, Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CLOSED)
            .from(Status.PARTIALLY_RECEIVED, Status.PARTIALLY_RECEIVED, Status.RECEIVED, Status.CLOSED)
            .from(Status.RECEIVED, Status.PARTIALLY_RECEIVED, Status.CLOSED)
            .build();

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "quote_id")
    private UUID quoteId;

    private String currency;

    @Column(name = "cost_center")
    private String costCenter;

    @Column(name = "plant_id")
    private UUID plantId;

    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Column(name = "expected_delivery_date")
    private LocalDate expectedDeliveryDate;

    @Column(name = "payment_terms")
    private String paymentTerms;

    private String notes;

    @Embedded
    private DocumentTotals totals;

    @Column(name = "rejection_feedback")
    private String rejectionFeedback;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_lines", joinColumns = @JoinColumn(name = "purchase_order_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    protected PurchaseOrder() {}

    /** The stored custom field values (JSON); only the custom fields port reads them. */
    public String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    PurchaseOrder(String number, UUID createdBy, Instant now) {
        super(number, Status.DRAFT, createdBy, now);
    }

    @Override
    protected StatusMachine<Status> machine() {
        return MACHINE;
    }

    /** The order's terms; {@code source} says which supplier, quote and currency they come from. */
    void describe(
            OrderRequests.Source source,
            OrderRequests.Order request,
            List<LineItem> pricedLines,
            Instant now,
            LocalDate today) {
        this.supplierId = source.supplierId();
        this.quoteId = source.quoteId();
        this.currency = source.currency();
        this.costCenter = request.costCenter();
        this.plantId = request.plantId();
        this.projectId = request.projectId();
        this.orderDate = request.orderDate() == null ? today : request.orderDate();
        this.expectedDeliveryDate = request.expectedDeliveryDate();
        this.paymentTerms = request.paymentTerms() == null ? source.paymentTerms() : request.paymentTerms();
        this.notes = request.notes();
        this.lines.clear();
        this.lines.addAll(pricedLines);
        this.totals = DocumentTotals.of(pricedLines, currency);
        changed(now);
    }

    /** The cost centre as the master spells it (the request may name it in another case). */
    void costCenter(String code) {
        this.costCenter = code;
    }

    void requireDraft(String action) {
        require(action, Status.DRAFT);
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

    /** Goods accepted at receipt were rejected on inspection: a received order that is now short is partially received. */
    void inspectedShort(boolean complete, Instant now) {
        if (!complete && status() == Status.RECEIVED) {
            move(Status.PARTIALLY_RECEIVED, "reopened for receiving", now);
        }
    }

    void close(Instant now) {
        move(Status.CLOSED, "closed", now);
    }

    void cancel(Instant now) {
        move(Status.CANCELLED, "cancelled", now);
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

    /** The project whose budget the order draws on; null when it names none. */
    public UUID projectId() {
        return projectId;
    }

    public String costCenter() {
        return costCenter;
    }

    /** The plant the order belongs to; null when it is not plant-scoped. */
    public UUID plantId() {
        return plantId;
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

    public DocumentTotals totals() {
        return totals;
    }

    public String rejectionFeedback() {
        return rejectionFeedback;
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

    public List<LineItem> lines() {
        return lines;
    }
}
