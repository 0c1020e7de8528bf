package dev.procura.platform.approvals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The approval policy when no workflow is configured: the document is approved at once, in the
 * submitting transaction. The document's own checks at approval (e.g. the budget) still apply.
 */
@ApplicationScoped
public class ImmediateApproval implements ApprovalPort {

    @Inject
    @Any
    Instance<ApprovableDocuments> documents;

    @Override
    public void requested(EntityManager em, ApprovalSubject subject) {
        documents.stream().filter(d -> d.documentType().equals(subject.documentType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No documents of type " + subject.documentType()))
                .approved(em, subject.documentId(), null);
    }
}
