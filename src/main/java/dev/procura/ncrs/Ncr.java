package dev.procura.ncrs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A non-conformance report: what was found wrong (item, quantity, defect codes), where it came from
 * (an inspection, a receipt, or by hand), what is done with it (disposition) and why it happened
 * (root cause). Its status is its workflow's state; it is closed once that state is final.
 */
@Entity
@Table(name = "ncrs")
public class Ncr {

    @Id
    private UUID id;

    private String number;
    private String source;

    @Column(name = "inspection_id")
    private UUID inspectionId;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "plant_id")
    private UUID plantId;

    private BigDecimal quantity;
    private String unit;

    @Column(name = "defect_codes")
    private String defectCodes;

    private String description;
    private String disposition;

    @Column(name = "root_cause")
    private String rootCause;

    private String status;

    @Column(name = "raised_on")
    private LocalDate raisedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "raised_by")
    private UUID raisedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Ncr() {}

    Ncr(UUID id, String number, NcrSource source, String status, UUID raisedBy, LocalDate raisedOn, Instant now) {
        this.id = id;
        this.number = number;
        this.source = source.code();
        this.status = status;
        this.raisedBy = raisedBy;
        this.raisedOn = raisedOn;
        this.createdAt = now;
    }

    /** Where the NCR came from: the inspection, receipt and work order it names, if any. */
    void trace(UUID inspectionId, UUID receiptId, UUID workOrderId) {
        this.inspectionId = inspectionId;
        this.receiptId = receiptId;
        this.workOrderId = workOrderId;
    }

    /** What was found: the checked facts of a raise or change. */
    void describe(NcrFinding facts, Instant now) {
        this.itemCode = facts.itemCode();
        this.supplierId = facts.supplierId();
        this.plantId = facts.plantId();
        this.quantity = facts.quantity();
        this.unit = facts.unit();
        this.defectCodes = String.join(",", facts.defectCodes());
        this.description = facts.description();
        this.disposition = facts.disposition();
        this.rootCause = facts.rootCause();
        this.updatedAt = now;
    }

    /** The workflow moved the NCR into {@code state}: a final state closes it today, another opens it. */
    void enter(String state, boolean isFinal, LocalDate today, Instant now) {
        this.status = state;
        this.closedOn = isFinal ? today : null;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public NcrSource source() {
        return NcrSource.of(source).orElseThrow();
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID receiptId() {
        return receiptId;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public String itemCode() {
        return itemCode;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID plantId() {
        return plantId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public List<String> defectCodes() {
        return defectCodes == null || defectCodes.isEmpty() ? List.of() : Arrays.asList(defectCodes.split(",", -1));
    }

    public String description() {
        return description;
    }

    public String disposition() {
        return disposition;
    }

    public String rootCause() {
        return rootCause;
    }

    public String status() {
        return status;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public UUID raisedBy() {
        return raisedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
