package dev.procura.platform.projects;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the projects capability: a project as other capabilities see it (project
 * engineering, purchase orders that name a project). Every call runs in the caller's tenant
 * transaction.
 */
public interface ProjectDirectory {

    /** A project: {@code status} is e.g. {@code planned}, {@code active}, {@code closed}. */
    record ProjectRef(
            UUID id, String code, String name, UUID plantId, UUID costCentreId, String status, UUID managerId) {}

    Optional<ProjectRef> project(TenantTx tx, UUID projectId);

    Optional<ProjectRef> projectCoded(TenantTx tx, String code);
}
