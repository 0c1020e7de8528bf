package dev.procura.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/**
 * An inspection of a quantity of an item against a plan: of a receipt line, of a work order's
 * operation, or made by hand. Open while measured; a decision closes it for good.
 */
@Entity
@Table(name = "inspections")
public class Inspection {

    static final String RECEIPT = "receipt";
    static final String WORK_ORDER = "work_order";
    static final String MANUAL = "manual";
    static final String OPEN = "open";
    static final String CLOSED = "closed";

    /** Where an inspection comes from: the receipt line or the work order operation, or nothing (by hand). */
    record Origin(
            String source,
            UUID receiptId,
            Integer receiptLine,
            UUID purchaseOrderId,
            UUID supplierId,
            UUID workOrderId,
            String workOrderNumber,
            Integer operationSequence,
            String operation) {

        static Origin manual() {
            return new Origin(MANUAL, null, null, null, null, null, null, null, null);
        }

        static Origin receipt(UUID receiptId, int line, UUID orderId, UUID supplierId) {
            return new Origin(RECEIPT, receiptId, line, orderId, supplierId, null, null, null, null);
        }

        static Origin workOrder(UUID workOrderId, String number, int sequence, String operation) {
            return new Origin(WORK_ORDER, null, null, null, null, workOrderId, number, sequence, operation);
        }
    }

    /** The decision that closed it. */
    record Decision(String outcome, BigDecimal rejectedQuantity, String reason, String deviation) {}

    @Id
    private UUID id;

    private String number;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "item_code")
    private String itemCode;

    private String source;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(name = "receipt_line")
    private Integer receiptLine;

    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    @Column(name = "work_order_number")
    private String workOrderNumber;

    @Column(name = "operation_sequence")
    private Integer operationSequence;

    private String operation;

    @Column(name = "plant_id")
    private UUID plantId;

    private BigDecimal quantity;
    private String status;
    private String outcome;

    @Column(name = "rejected_quantity")
    private BigDecimal rejectedQuantity;

    private String reason;
    private String deviation;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Inspection() {}

    Inspection(
            String number,
            InspectionPlan plan,
            Origin origin,
            UUID plantId,
            BigDecimal quantity,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.planId = plan.id();
        this.itemCode = plan.itemCode();
        this.source = origin.source();
        this.receiptId = origin.receiptId();
        this.receiptLine = origin.receiptLine();
        this.purchaseOrderId = origin.purchaseOrderId();
        this.supplierId = origin.supplierId();
        this.workOrderId = origin.workOrderId();
        this.workOrderNumber = origin.workOrderNumber();
        this.operationSequence = origin.operationSequence();
        this.operation = origin.operation();
        this.plantId = plantId;
        // The column's scale, so the answer to the POST reads as a later GET does.
        this.quantity = quantity.setScale(3, RoundingMode.HALF_UP);
        this.status = OPEN;
        this.createdBy = createdBy;
        this.createdAt = Stamps.of(now);
        this.updatedAt = Stamps.of(now);
    }

    void decide(Decision decision, UUID by, Instant now) {
        this.status = CLOSED;
        this.outcome = decision.outcome();
        this.rejectedQuantity = decision.rejectedQuantity() == null
                ? null
                : decision.rejectedQuantity().setScale(3, RoundingMode.HALF_UP);
        this.reason = decision.reason();
        this.deviation = decision.deviation();
        this.decidedBy = by;
        this.decidedAt = Stamps.of(now);
        this.updatedAt = Stamps.of(now);
    }

    void measured(Instant now) {
        this.updatedAt = Stamps.of(now);
    }

    boolean isClosed() {
        return CLOSED.equals(status);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID planId() {
        return planId;
    }

    public String itemCode() {
        return itemCode;
    }

    public String source() {
        return source;
    }

    public UUID receiptId() {
        return receiptId;
    }

    public Integer receiptLine() {
        return receiptLine;
    }

    public UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public String workOrderNumber() {
        return workOrderNumber;
    }

    public Integer operationSequence() {
        return operationSequence;
    }

    public String operation() {
        return operation;
    }

    public UUID plantId() {
        return plantId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public BigDecimal rejectedQuantity() {
        return rejectedQuantity;
    }

    public String reason() {
        return reason;
    }

    public String deviation() {
        return deviation;
    }

    public UUID decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
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
}
