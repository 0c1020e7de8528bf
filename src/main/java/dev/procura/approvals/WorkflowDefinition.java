package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored version of a document type's workflow; a new version replaces the active one, and
 * retiring (DELETE) leaves the type without an active version.
 */
@Entity
@Table(name = "workflow_definitions")
public class WorkflowDefinition {

    @Id
    private UUID id;

    @Column(name = "document_type")
    private String documentType;

    private int version;
    private String name;
    private String levels;

    @Column(name = "escalate_roles")
    private String escalateRoles;

    private boolean active;

    private String states;
    private String transitions;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WorkflowDefinition() {}

    WorkflowDefinition(
            String documentType,
            int version,
            String name,
            String levelsJson,
            String escalateRoles,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.documentType = documentType;
        this.version = version;
        this.name = name;
        this.levels = levelsJson;
        this.escalateRoles = escalateRoles;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A state workflow's states and transitions (JSON); absent for an approval workflow. */
    WorkflowDefinition withStates(String statesJson, String transitionsJson) {
        this.states = statesJson;
        this.transitions = transitionsJson;
        return this;
    }

    /** A newer version takes over. */
    void retire() {
        this.active = false;
    }

    /** Deleted: no version of the type is active any more; running instances finish on theirs. */
    void retire(Instant now) {
        this.active = false;
        this.retiredAt = now;
    }

    /** active, superseded (a newer version took over) or retired (deleted). */
    public String status() {
        return active ? "active" : retiredAt != null ? "retired" : "superseded";
    }

    String statesJson() {
        return states;
    }

    String transitionsJson() {
        return transitions;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public UUID id() {
        return id;
    }

    public String documentType() {
        return documentType;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    String levelsJson() {
        return levels;
    }

    public String escalateRoles() {
        return escalateRoles;
    }

    public boolean isActive() {
        return active;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
