package dev.procura.platform.approvals;

import dev.procura.platform.tenancy.TenantTx;

/**
 * Where documents hand themselves over for approval. A workflow engine implements it as an
 * {@code @Alternative}: the approvals capability's ApprovalEngine.
 */
public interface ApprovalPort {

    /** Called in the submitting transaction, once the document is pending approval. */
    void requested(TenantTx tx, ApprovalSubject subject);
}
