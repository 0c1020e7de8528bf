package dev.procura.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored version of a document type's workflow; a new version replaces the active one. */
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

    void retire() {
        this.active = false;
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
