package dev.procura.platform.workflows;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each capability whose records follow a configurable workflow (invoices, RFQs,
 * and later NCRs, drawing approvals, change orders). The workflow engine reads records only
 * through this interface, never their tables; every call runs in the caller's tenant transaction.
 */
public interface WorkflowSubjects {

    /** The entity type a workflow definition names, e.g. {@code invoice}. */
    String entityType();

    /** The API path segment of the records, e.g. {@code invoices}. */
    String pathSegment();

    /** The names of the fields {@link WorkflowSubject#fields()} carries, which conditions may read. */
    Set<String> fieldNames();

    /** The record as a subject of its workflow, if it exists in the tenant. */
    Optional<WorkflowSubject> subject(TenantTx tx, UUID id);
}
