package dev.procura.costcentres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A cost centre: the code budgets and purchase orders carry, its place in the hierarchy and its owner. */
@Entity
@Table(name = "cost_centres")
public class CostCentre {

    @Id
    private UUID id;

    private String code;
    private String name;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "owner_id")
    private UUID ownerId;

    private boolean active;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CostCentre() {}

    CostCentre(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(CostCentreRequests.Define request, UUID parentId, Instant now) {
        this.code = request.code();
        this.name = request.name();
        this.parentId = parentId;
        this.ownerId = request.ownerId();
        this.active = request.activeOrDefault();
        this.validFrom = request.validFrom();
        this.validTo = request.validTo();
        this.updatedAt = now;
    }

    /** Whether the request says what this cost centre already is (an import row that changes nothing). */
    boolean sameAs(CostCentreRequests.Define request, UUID parentId) {
        return code.equals(request.code())
                && name.equals(request.name())
                && Objects.equals(this.parentId, parentId)
                && Objects.equals(ownerId, request.ownerId())
                && active == request.activeOrDefault()
                && Objects.equals(validFrom, request.validFrom())
                && Objects.equals(validTo, request.validTo());
    }

    /** Active and, where it has validity dates, valid on {@code day}. */
    boolean isUsableOn(LocalDate day) {
        return active && (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
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

    public UUID parentId() {
        return parentId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
