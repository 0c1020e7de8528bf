package dev.procura.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project: a customer's job at a plant, run by a manager between its start and end days, with a
 * budget (in a currency, charged to a cost centre) that purchase orders naming it draw on.
 */
@Entity
@Table(name = "projects")
public class Project {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String description;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "plant_id")
    private UUID plantId;

    @Column(name = "manager_id")
    private UUID managerId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "budget_amount")
    private BigDecimal budgetAmount;

    private String currency;

    @Column(name = "cost_center")
    private String costCenter;

    @Column(name = "cost_centre_id")
    private UUID costCentreId;

    private String status;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {}

    Project(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.status = ProjectStatus.PLANNED.code();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The checked facts of a create or (full) change. */
    void describe(ProjectRequests.Define request, String costCenter, UUID costCentreId, Instant now) {
        this.code = request.code();
        this.name = request.name();
        this.description = request.description();
        this.customerId = request.customerId();
        this.plantId = request.plantId();
        this.managerId = request.managerId();
        this.startsOn = request.startsOn();
        this.endsOn = request.endsOn();
        this.budgetAmount = request.budgetAmount();
        this.currency = request.currency();
        this.costCenter = costCenter;
        this.costCentreId = costCentreId;
        this.updatedAt = now;
    }

    /** Moves to {@code to} when the status machine allows it from here. */
    void move(ProjectStatus to, String action, Instant now) {
        this.status =
                ProjectStatus.of(status).moveTo(to, "Project " + code, action).code();
        this.updatedAt = now;
    }

    public boolean isClosed() {
        return ProjectStatus.of(status) == ProjectStatus.CLOSED;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID plantId() {
        return plantId;
    }

    public UUID managerId() {
        return managerId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public BigDecimal budgetAmount() {
        return budgetAmount;
    }

    public String currency() {
        return currency;
    }

    public String costCenter() {
        return costCenter;
    }

    public UUID costCentreId() {
        return costCentreId;
    }

    public String status() {
        return status;
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

    public long version() {
        return version;
    }
}
