package dev.procura.projects;

import dev.procura.platform.projects.ProjectDirectory;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Projects as other capabilities see them (project engineering, purchase orders naming a project). */
@ApplicationScoped
public class ProjectFacts implements ProjectDirectory {

    @Inject
    ProjectRepository projects;

    @Override
    public Optional<ProjectRef> project(TenantTx tx, UUID projectId) {
        return Optional.ofNullable(tx.em().find(Project.class, projectId)).map(ProjectFacts::ref);
    }

    @Override
    public Optional<ProjectRef> projectCoded(TenantTx tx, String code) {
        return projects.byCode(tx.em(), code).map(ProjectFacts::ref);
    }

    private static ProjectRef ref(Project p) {
        return new ProjectRef(p.id(), p.code(), p.name(), p.plantId(), p.costCentreId(), p.status(), p.managerId());
    }
}
