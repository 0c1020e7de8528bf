package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A user away from {@code startsOn} to {@code endsOn}: their approvals go to the delegate meanwhile. */
@Entity
@Table(name = "delegations")
public class Delegation {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "delegate_id")
    private UUID delegateId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Delegation() {}

    Delegation(UUID userId, UUID delegateId, LocalDate startsOn, LocalDate endsOn, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.delegateId = delegateId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public UUID delegateId() {
        return delegateId;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
