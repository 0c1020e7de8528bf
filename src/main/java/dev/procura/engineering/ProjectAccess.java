package dev.procura.engineering;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.projects.ProjectDirectory;
import dev.procura.platform.projects.ProjectDirectory.ProjectRef;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A project's engineering as the caller may reach it, by the project's plant: a project outside the
 * caller's projects:read plants is not found, a change outside their projects:write plants is
 * refused (403). The project itself comes through {@link ProjectDirectory}; the decisions are
 * {@link PlantAccess}'s.
 */
@ApplicationScoped
class ProjectAccess {

    @Inject
    ProjectDirectory projects;

    @Inject
    PlantAccess access;

    @Inject
    TenantContext context;

    ProjectRef readable(TenantTx tx, UUID projectId) {
        ProjectRef project = projects.project(tx, projectId).orElseThrow(() -> notFound(projectId));
        access.requireVisible(Permissions.PROJECTS_READ, project.plantId(), () -> notFound(projectId));
        return project;
    }

    ProjectRef writable(TenantTx tx, UUID projectId) {
        ProjectRef project = readable(tx, projectId);
        access.requireWritable(Permissions.PROJECTS_WRITE, project.plantId());
        return project;
    }

    /**
     * Whether the caller of this request may see the project; true when no member's request is
     * under way (an approval decided by a job) and false for a project that does not exist.
     */
    boolean isVisibleToCaller(TenantTx tx, UUID projectId) {
        return projects.project(tx, projectId)
                .map(project -> {
                    try {
                        if (!context.isSet()) {
                            return true;
                        }
                    } catch (ContextNotActiveException e) {
                        return true;
                    }
                    return access.scope(Permissions.PROJECTS_READ).includes(project.plantId());
                })
                .orElse(false);
    }

    static Failure notFound(UUID projectId) {
        return new Failure.NotFound("No project " + projectId + " in this tenant");
    }
}
