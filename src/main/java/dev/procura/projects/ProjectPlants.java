package dev.procura.projects;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Projects as the caller may reach them by plant: one outside the caller's projects:read plants is
 * not found, a change to one outside their projects:write plants is refused (403). The project's
 * documents and milestones follow their project.
 */
@ApplicationScoped
class ProjectPlants {

    @Inject
    PlantAccess access;

    PlantScope readable() {
        return access.scope(Permissions.PROJECTS_READ);
    }

    Project readable(EntityManager em, UUID id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw notFound(id);
        }
        access.requireVisible(Permissions.PROJECTS_READ, project.plantId(), () -> notFound(id));
        return project;
    }

    Project writable(EntityManager em, UUID id) {
        Project project = readable(em, id);
        access.requireWritable(Permissions.PROJECTS_WRITE, project.plantId());
        return project;
    }

    /** A project is put at {@code plantId} (null: at none): the caller writes there. */
    void requirePlacement(UUID plantId) {
        access.requireWritable(Permissions.PROJECTS_WRITE, plantId);
    }

    static Failure notFound(UUID id) {
        return new Failure.NotFound("No project " + id + " in this tenant");
    }
}
