package dev.procura.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a project document: its content is a document of the documents store. Never changed but frozen. */
@Entity
@Table(name = "project_document_versions")
public class ProjectDocumentVersion {

    @Id
    private UUID id;

    @Column(name = "project_document_id")
    private UUID projectDocumentId;

    private int number;

    @Column(name = "stored_document_id")
    private UUID storedDocumentId;

    private String filename;

    @Column(name = "mime_type")
    private String mimeType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String comment;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    protected ProjectDocumentVersion() {}

    ProjectDocumentVersion(
            UUID projectDocumentId,
            int number,
            UUID storedDocumentId,
            String filename,
            String mimeType,
            long sizeBytes,
            String comment,
            UUID uploadedBy,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.projectDocumentId = projectDocumentId;
        this.number = number;
        this.storedDocumentId = storedDocumentId;
        this.filename = filename;
        this.mimeType = mimeType;
        this.sizeBytes = sizeBytes;
        this.comment = comment;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void freeze(Instant now) {
        if (frozenAt == null) {
            frozenAt = now;
        }
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID projectDocumentId() {
        return projectDocumentId;
    }

    public int number() {
        return number;
    }

    public UUID storedDocumentId() {
        return storedDocumentId;
    }

    public String filename() {
        return filename;
    }

    public String mimeType() {
        return mimeType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String comment() {
        return comment;
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant frozenAt() {
        return frozenAt;
    }
}
