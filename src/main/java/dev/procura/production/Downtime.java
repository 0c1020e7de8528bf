package dev.procura.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Minutes an operation's work centre stood while the order needed it, with the reason (type list). */
@Entity
@Table(name = "work_order_downtimes")
public class Downtime {

    @Id
    private UUID id;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    private int sequence;

    @Column(name = "work_centre")
    private String workCentre;

    private String reason;
    private BigDecimal minutes;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    private String note;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Downtime() {}

    Downtime(
            UUID workOrderId,
            Operation operation,
            ProductionRequests.Stoppage request,
            LocalDate occurredOn,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.workOrderId = workOrderId;
        this.sequence = operation.sequence();
        this.workCentre = operation.workCentre();
        this.reason = request.reason();
        this.minutes = request.minutes();
        this.occurredOn = occurredOn;
        this.note = request.note();
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

    public String workCentre() {
        return workCentre;
    }

    public String reason() {
        return reason;
    }

    public BigDecimal minutes() {
        return minutes;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String note() {
        return note;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
