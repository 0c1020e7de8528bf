package dev.procura.engineering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A revision of a drawing submitted for approval (RDA): one version of a project's drawing
 * document. Its status is its workflow's state; a final state whose name starts with
 * {@value #APPROVED_PREFIX} approves it (and freezes the document version); a newer revision of the
 * same drawing supersedes it while it is undecided.
 */
@Entity
@Table(name = "drawing_revisions")
public class DrawingRevision {

    static final String APPROVED_PREFIX = "approved";
    static final String SUPERSEDED = "superseded";

    @Id
    private UUID id;

    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "version_number")
    private int versionNumber;

    private String title;
    private String status;
    private boolean frozen;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected DrawingRevision() {}

    DrawingRevision(
            UUID id,
            UUID projectId,
            UUID documentId,
            int versionNumber,
            String title,
            String status,
            UUID submittedBy,
            Instant now) {
        this.id = id;
        this.projectId = projectId;
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.title = title;
        this.status = status;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** Still under review: neither decided nor superseded. */
    boolean isOpen() {
        return decidedOn == null && supersededBy == null;
    }

    boolean isSuperseded() {
        return supersededBy != null;
    }

    void supersede(UUID newer, Instant now) {
        this.supersededBy = newer;
        this.status = SUPERSEDED;
        this.updatedAt = now;
    }

    /** The workflow moved it into {@code state}; true when that approves it (a final "approved…" state). */
    boolean enter(String state, boolean isFinal, LocalDate today, Instant now) {
        this.status = state;
        this.updatedAt = now;
        if (!isFinal) {
            return false;
        }
        this.decidedOn = today;
        return state.startsWith(APPROVED_PREFIX);
    }

    void freeze() {
        this.frozen = true;
    }

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID documentId() {
        return documentId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public UUID submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
