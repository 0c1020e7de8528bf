package dev.procura.production;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An order to make a quantity of an item at a plant, through its routing operations. */
@Entity
@Table(name = "work_orders")
public class WorkOrder {

    public enum Status {
        PLANNED,
        RELEASED,
        IN_PROGRESS,
        COMPLETED,
        CANCELLED
    }

    static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Work order")
            .from(Status.PLANNED, Status.RELEASED, Status.CANCELLED)
            .from(Status.RELEASED, Status.IN_PROGRESS, Status.COMPLETED, Status.CANCELLED)
            .from(Status.IN_PROGRESS, Status.COMPLETED, Status.CANCELLED)
            .build();

    @Id
    private UUID id;

    private String number;

    @Column(name = "item_code")
    private String itemCode;

    private BigDecimal quantity;
    private String unit;

    @Column(name = "plant_id")
    private UUID plantId;

    @Column(name = "planned_start")
    private Instant plannedStart;

    @Column(name = "planned_end")
    private Instant plannedEnd;

    private String status;
    private String notes;

    @Column(name = "good_quantity")
    private BigDecimal goodQuantity = BigDecimal.ZERO;

    @Column(name = "scrap_quantity")
    private BigDecimal scrapQuantity = BigDecimal.ZERO;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_order_operations", joinColumns = @JoinColumn(name = "work_order_id"))
    @OrderColumn(name = "position")
    private List<Operation> operations = new ArrayList<>();

    protected WorkOrder() {}

    WorkOrder(String number, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = MACHINE.column(Status.PLANNED);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets what is planned; only a planned order may be changed. */
    void plan(
            String itemCode,
            BigDecimal quantity,
            String unit,
            UUID plantId,
            Instant plannedStart,
            Instant plannedEnd,
            String notes,
            List<Operation> operations,
            Instant now) {
        this.itemCode = itemCode;
        this.quantity = quantity;
        this.unit = unit;
        this.plantId = plantId;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.notes = notes;
        this.operations.clear();
        this.operations.addAll(operations);
        this.updatedAt = now;
    }

    void requirePlanned(String action) {
        MACHINE.require(number, status(), action, Status.PLANNED);
    }

    /** Shop-floor reports are taken while the order is released or running; the first one starts it. */
    void report(String what, Instant now) {
        MACHINE.require(number, status(), "reported against (" + what + ")", Status.RELEASED, Status.IN_PROGRESS);
        if (status() == Status.RELEASED) {
            this.status = MACHINE.column(MACHINE.move(number, status(), Status.IN_PROGRESS, "started"));
            this.startedAt = now;
        }
        this.updatedAt = now;
    }

    void release(Instant now) {
        move(Status.RELEASED, "released", now);
        this.releasedAt = now;
    }

    void complete(Instant now) {
        move(Status.COMPLETED, "completed", now);
        this.completedAt = now;
    }

    void cancel(Instant now) {
        move(Status.CANCELLED, "cancelled", now);
        this.cancelledAt = now;
    }

    void produced(BigDecimal good, BigDecimal scrap) {
        this.goodQuantity = goodQuantity.add(good);
        this.scrapQuantity = scrapQuantity.add(scrap);
    }

    private void move(Status to, String action, Instant now) {
        this.status = MACHINE.column(MACHINE.move(number, status(), to, action));
        this.updatedAt = now;
    }

    Optional<Operation> operation(int sequence) {
        return operations.stream().filter(o -> o.sequence() == sequence).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public UUID plantId() {
        return plantId;
    }

    public Instant plannedStart() {
        return plannedStart;
    }

    public Instant plannedEnd() {
        return plannedEnd;
    }

    public Status status() {
        return MACHINE.status(status);
    }

    public String notes() {
        return notes;
    }

    public BigDecimal goodQuantity() {
        return goodQuantity;
    }

    public BigDecimal scrapQuantity() {
        return scrapQuantity;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
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

    public List<Operation> operations() {
        return List.copyOf(operations);
    }
}
