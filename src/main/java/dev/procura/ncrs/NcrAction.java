package dev.procura.ncrs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A corrective or preventive action of an NCR: what, who owns it, when it is due, when it was done. */
@Entity
@Table(name = "ncr_actions")
public class NcrAction {

    public static final String CORRECTIVE = "corrective";
    public static final String PREVENTIVE = "preventive";

    @Id
    private UUID id;

    @Column(name = "ncr_id")
    private UUID ncrId;

    private String kind;
    private String description;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected NcrAction() {}

    NcrAction(UUID ncrId, String kind, Instant now) {
        this.id = UUID.randomUUID();
        this.ncrId = ncrId;
        this.kind = kind;
        this.createdAt = now;
    }

    void describe(String description, UUID ownerId, LocalDate dueOn, LocalDate doneOn, Instant now) {
        this.description = description;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
        this.updatedAt = now;
    }

    /** A corrective action not done yet keeps its NCR from closing. */
    public boolean isOpenCorrective() {
        return CORRECTIVE.equals(kind) && doneOn == null;
    }

    public UUID id() {
        return id;
    }

    public UUID ncrId() {
        return ncrId;
    }

    public String kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
