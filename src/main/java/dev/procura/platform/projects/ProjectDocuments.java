package dev.procura.platform.projects;

import dev.procura.platform.tenancy.TenantTx;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the projects capability: the versions of a project's documents, for project
 * engineering (drawing approvals freeze the approved revision). Every call runs in the caller's
 * tenant transaction.
 */
public interface ProjectDocuments {

    /**
     * One version of a project document: {@code kind} is drawing, specification, contract or other;
     * a frozen version is never replaced or deleted (a new version is a new revision).
     */
    record DocumentVersion(
            UUID projectId,
            UUID documentId,
            String title,
            String kind,
            int version,
            String filename,
            String mimeType,
            long sizeBytes,
            UUID uploadedBy,
            Instant uploadedAt,
            boolean frozen) {}

    /** The version {@code version} of the project's document, if both exist. */
    Optional<DocumentVersion> version(TenantTx tx, UUID projectId, UUID documentId, int version);

    /** The latest version of the project's document, if it has one. */
    Optional<DocumentVersion> latest(TenantTx tx, UUID projectId, UUID documentId);

    /** Freezes the version (idempotent); false when there is no such version. */
    boolean freeze(TenantTx tx, UUID projectId, UUID documentId, int version);
}
