package dev.procura.traceability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A recall simulation as asked and what it found, both as JSON, kept as evidence. */
@Entity
@Table(name = "recall_simulations")
public class RecallSimulation {

    @Id
    private UUID id;

    private String criteria;
    private String result;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "quarantined_at")
    private Instant quarantinedAt;

    @Version
    private long version;

    protected RecallSimulation() {}

    RecallSimulation(UUID id, String criteria, String result, UUID createdBy, Instant now) {
        this.id = id;
        this.criteria = criteria;
        this.result = result;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void quarantined(Instant now) {
        this.quarantinedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String criteria() {
        return criteria;
    }

    public String result() {
        return result;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant quarantinedAt() {
        return quarantinedAt;
    }
}
