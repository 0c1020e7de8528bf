package dev.procura.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an operation did in one report: units in, how they came out (first time, after rework,
 * scrapped) and the run time. The ideal minutes (cycle time × units in) are fixed when reported,
 * so a later change of the routing does not rewrite past OEE.
 */
@Entity
@Table(name = "work_order_confirmations")
public class Confirmation {

    @Id
    private UUID id;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    private int sequence;

    @Column(name = "operation_code")
    private String operationCode;

    @Column(name = "work_centre")
    private String workCentre;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "quantity_in")
    private BigDecimal quantityIn;

    @Column(name = "passed_first_time")
    private BigDecimal passedFirstTime;

    private BigDecimal reworked;
    private BigDecimal scrapped;

    @Column(name = "run_minutes")
    private BigDecimal runMinutes;

    @Column(name = "ideal_minutes")
    private BigDecimal idealMinutes;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Confirmation() {}

    Confirmation(
            WorkOrder order,
            Operation operation,
            ProductionRequests.Confirm request,
            LocalDate confirmedOn,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.workOrderId = order.id();
        this.sequence = operation.sequence();
        this.operationCode = operation.code();
        this.workCentre = operation.workCentre();
        this.itemCode = order.itemCode();
        this.quantityIn = request.quantityIn();
        this.passedFirstTime = request.passedFirstTime();
        this.reworked = request.reworked();
        this.scrapped = request.scrapped();
        this.runMinutes = request.runMinutes();
        this.idealMinutes = Oee.idealMinutes(operation.plannedCycleSeconds(), request.quantityIn());
        this.confirmedOn = confirmedOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public int sequence() {
        return sequence;
    }

    public String operationCode() {
        return operationCode;
    }

    public String workCentre() {
        return workCentre;
    }

    public BigDecimal quantityIn() {
        return quantityIn;
    }

    public BigDecimal passedFirstTime() {
        return passedFirstTime;
    }

    public BigDecimal reworked() {
        return reworked;
    }

    public BigDecimal scrapped() {
        return scrapped;
    }

    public BigDecimal runMinutes() {
        return runMinutes;
    }

    public BigDecimal idealMinutes() {
        return idealMinutes;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
