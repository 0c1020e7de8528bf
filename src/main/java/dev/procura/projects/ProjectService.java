package dev.procura.projects;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.projects.ProjectViews.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Projects: created planned, changed in full against the version read, and moved through their
 * statuses by actions. Every change is an outbox event (and so audited).
 */
@ApplicationScoped
public class ProjectService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectReferences references;

    @Inject
    ProjectPlants plants;

    @Inject
    ProjectEvents events;

    public ProjectView create(Caller caller, ProjectRequests.Define request) {
        plants.requirePlacement(request.plantId());
        return tenantData.call(tx -> {
            ProjectReferences.CostCentre centre = check(tx, request, null);
            Project project = new Project(caller.userId(), tx.now());
            project.describe(request, centre.code(), centre.id(), tx.now());
            tx.em().persist(project);
            events.publish(tx, caller.userId(), "project.created", project);
            return ProjectView.of(project);
        });
    }

    public Page<ProjectView> list(ProjectRepository.Filter filter, String sort, int page, int perPage) {
        ProjectRepository.Filter visible = new ProjectRepository.Filter(
                filter.q(),
                filter.status(),
                filter.customerId(),
                filter.plantId(),
                filter.managerId(),
                plants.readable());
        return tenantData.call(tx -> new Page<>(
                projects.list(tx.em(), visible, sort, (page - 1) * perPage, perPage).stream()
                        .map(ProjectView::of)
                        .toList(),
                page,
                perPage,
                projects.count(tx.em(), visible)));
    }

    public ProjectView get(UUID id) {
        return tenantData.call(tx -> ProjectView.of(plants.readable(tx.em(), id)));
    }

    /** Changes the project in full, when {@code version} is the current one and it is not closed. */
    public ProjectView change(Caller caller, UUID id, ProjectRequests.Define request) {
        if (request.version() == null) {
            throw new Failure.InvalidInput("version", "is required on change: the version of the project read");
        }
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), id);
            if (project.version() != request.version()) {
                throw new Failure.Conflict(
                        ProblemType.PROJECT_CHANGED,
                        "Project " + project.code() + " was changed meanwhile (version " + project.version() + ", not "
                                + request.version() + "); read it again",
                        Map.of("current_version", project.version()));
            }
            requireOpen(project);
            if (!Objects.equals(request.plantId(), project.plantId())) {
                plants.requirePlacement(request.plantId());
            }
            ProjectReferences.CostCentre centre = check(tx, request, project);
            project.describe(request, centre.code(), centre.id(), tx.now());
            events.publish(tx, caller.userId(), "project.changed", project);
            return ProjectView.of(project);
        });
    }

    /** Moves the project: the action's event is {@code project.<event>}. */
    public ProjectView move(Caller caller, UUID id, ProjectStatus to, String action, String event) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), id);
            String from = project.status();
            project.move(to, action, tx.now());
            events.publish(tx, caller.userId(), "project." + event, project, Map.of("previous_status", from));
            return ProjectView.of(project);
        });
    }

    static void requireOpen(Project project) {
        if (project.isClosed()) {
            throw new Failure.Conflict(
                    ProblemType.PROJECT_CLOSED,
                    "Project " + project.code() + " is closed; it no longer changes",
                    Map.of("current_status", project.status()));
        }
    }

    /** Every field error of the request at once; the cost centre when all is well. */
    private ProjectReferences.CostCentre check(TenantTx tx, ProjectRequests.Define request, Project current) {
        List<FieldError> errors = new ArrayList<>();
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            errors.add(new FieldError("ends_on", "must not be before starts_on"));
        }
        references.checkCustomer(tx, request.customerId(), errors);
        references.checkMember(request.managerId(), "manager_id", errors);
        ProjectReferences.CostCentre centre =
                current != null && request.costCenter().equalsIgnoreCase(current.costCenter())
                        ? new ProjectReferences.CostCentre(current.costCenter(), current.costCentreId())
                        : references.costCentre(tx, request.costCenter(), errors);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        projects.byCode(tx.em(), request.code())
                .filter(other -> current == null || !other.id().equals(current.id()))
                .ifPresent(other -> {
                    throw new Failure.Conflict(
                            ProblemType.PROJECT_CODE_TAKEN,
                            "Another project has the code " + other.code(),
                            Map.of("code", other.code()));
                });
        return centre;
    }
}
