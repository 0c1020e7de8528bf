package dev.procura.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stretch of a tenant's plan history; the stretch without an end is the current plan. */
@Entity
@Table(name = "tenant_plans")
public class TenantPlan {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    @Column(name = "effective_to")
    private Instant effectiveTo;

    @Column(name = "assigned_by")
    private UUID assignedBy;

    private String reason;

    protected TenantPlan() {}

    TenantPlan(UUID tenantId, UUID planId, Instant from, UUID assignedBy, String reason) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.planId = planId;
        this.effectiveFrom = from;
        this.assignedBy = assignedBy;
        this.reason = reason;
    }

    void end(Instant at) {
        this.effectiveTo = at;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID planId() {
        return planId;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public Instant effectiveTo() {
        return effectiveTo;
    }

    public UUID assignedBy() {
        return assignedBy;
    }

    public String reason() {
        return reason;
    }
}
