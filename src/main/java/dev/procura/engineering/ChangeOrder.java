package dev.procura.engineering;

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
 * A change to a project: what, why, what it costs and how many days it moves the schedule. Its
 * status is its workflow's state; once that state is final it is decided, and approved when the
 * final state is {@value #APPROVED}: its cost impact then counts in the project's approved changes.
 */
@Entity
@Table(name = "change_orders")
public class ChangeOrder {

    static final String APPROVED = "approved";

    @Id
    private UUID id;

    @Column(name = "project_id")
    private UUID projectId;

    private String number;
    private String title;
    private String description;
    private String reason;

    @Column(name = "cost_impact")
    private BigDecimal costImpact;

    private String currency;

    @Column(name = "schedule_impact_days")
    private int scheduleImpactDays;

    private String status;
    private boolean approved;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ChangeOrder() {}

    ChangeOrder(UUID id, UUID projectId, String number, String status, UUID requestedBy, Instant now) {
        this.id = id;
        this.projectId = projectId;
        this.number = number;
        this.status = status;
        this.requestedBy = requestedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(ChangeOrderRequests.Change change, Instant now) {
        this.title = change.title();
        this.description = change.description();
        this.reason = change.reason();
        this.costImpact = change.costImpact();
        this.currency = change.currency();
        this.scheduleImpactDays = change.scheduleImpactDays();
        this.updatedAt = now;
    }

    /** The workflow moved it into {@code state}: a final state decides it. */
    void enter(String state, boolean isFinal, LocalDate today, Instant now) {
        this.status = state;
        if (isFinal) {
            this.decidedOn = today;
            this.approved = APPROVED.equals(state);
        }
        this.updatedAt = now;
    }

    public boolean isDecided() {
        return decidedOn != null;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String reason() {
        return reason;
    }

    public BigDecimal costImpact() {
        return costImpact;
    }

    public String currency() {
        return currency;
    }

    public int scheduleImpactDays() {
        return scheduleImpactDays;
    }

    public String status() {
        return status;
    }

    public boolean isApproved() {
        return approved;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
