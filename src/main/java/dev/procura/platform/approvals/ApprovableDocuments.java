package dev.procura.platform.approvals;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each capability whose documents go through approval. The approvals side reaches
 * documents only through this interface; every call runs in the caller's tenant transaction.
 */
public interface ApprovableDocuments {

    /** The document type this implementation answers for, e.g. {@code purchase_order}. */
    String documentType();

    /** The names of the fields {@link ApprovalSubject#fields()} carries, which conditions may read. */
    java.util.Set<String> fieldNames();

    /** The document as a subject of approval, if it exists. */
    Optional<ApprovalSubject> subject(TenantTx tx, UUID documentId);

    /** The approval completed: the document moves on (and may refuse with a problem). */
    void approved(TenantTx tx, UUID documentId, UUID decidedBy);

    /** The approval was refused: the document goes back to its author with the feedback. */
    void rejected(TenantTx tx, UUID documentId, UUID decidedBy, String feedback);
}
