package dev.procura.projects;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.projects.ProjectViews.MilestoneView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's milestones: planned, owned, linked to predecessors of the same project without
 * cycles; completed only after every predecessor is completed (a cancelled one no longer holds it
 * back); cancelled. Every change is an outbox event.
 */
@ApplicationScoped
public class MilestoneService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProjectPlants plants;

    @Inject
    MilestoneRepository milestones;

    @Inject
    ProjectReferences references;

    @Inject
    TenantOutbox outbox;

    public MilestoneView create(Caller caller, UUID projectId, ProjectRequests.Milestone request) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), projectId);
            ProjectService.requireOpen(project);
            Milestone milestone = new Milestone(project.id(), tx.now());
            List<UUID> predecessors = check(tx, project, milestone, request);
            milestone.plan(request.name(), request.plannedOn(), request.ownerId(), predecessors, tx.now());
            tx.em().persist(milestone);
            publish(tx, caller, "project.milestone_added", milestone);
            return view(tx, milestone);
        });
    }

    public Page<MilestoneView> list(UUID projectId, int page, int perPage) {
        return tenantData.call(tx -> {
            Project project = plants.readable(tx.em(), projectId);
            return new Page<>(
                    milestones.ofProject(tx.em(), project.id(), (page - 1) * perPage, perPage).stream()
                            .map(m -> view(tx, m))
                            .toList(),
                    page,
                    perPage,
                    milestones.countOfProject(tx.em(), project.id()));
        });
    }

    public MilestoneView get(UUID projectId, UUID milestoneId) {
        return tenantData.call(tx -> {
            Project project = plants.readable(tx.em(), projectId);
            return view(tx, existing(tx, project, milestoneId));
        });
    }

    /** Changes an open milestone in full; a new planned day may make it overdue again later. */
    public MilestoneView change(Caller caller, UUID projectId, UUID milestoneId, ProjectRequests.Milestone request) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), projectId);
            ProjectService.requireOpen(project);
            Milestone milestone = existing(tx, project, milestoneId);
            requireOpen(milestone);
            List<UUID> predecessors = check(tx, project, milestone, request);
            milestone.plan(request.name(), request.plannedOn(), request.ownerId(), predecessors, tx.now());
            publish(tx, caller, "project.milestone_changed", milestone);
            return view(tx, milestone);
        });
    }

    public MilestoneView complete(Caller caller, UUID projectId, UUID milestoneId, ProjectRequests.Completion request) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), projectId);
            ProjectService.requireOpen(project);
            Milestone milestone = existing(tx, project, milestoneId);
            requireOpen(milestone);
            LocalDate on = request == null || request.actualOn() == null ? tx.today() : request.actualOn();
            if (on.isAfter(tx.today())) {
                throw new Failure.InvalidInput("actual_on", "must not be after today (" + tx.today() + ")");
            }
            List<String> open = milestone.predecessorIds().stream()
                    .map(id -> tx.em().find(Milestone.class, id))
                    .filter(m -> m != null && m.isOpen())
                    .map(m -> m.id().toString())
                    .toList();
            if (!open.isEmpty()) {
                throw new Failure.Conflict(
                        ProblemType.MILESTONE_PREDECESSORS_OPEN,
                        "Milestone " + milestone.name() + " cannot complete before its predecessors: " + open.size()
                                + " not completed",
                        Map.of("open_predecessors", open));
            }
            milestone.complete(on, tx.now());
            publish(tx, caller, "project.milestone_completed", milestone);
            return view(tx, milestone);
        });
    }

    public MilestoneView cancel(Caller caller, UUID projectId, UUID milestoneId) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), projectId);
            ProjectService.requireOpen(project);
            Milestone milestone = existing(tx, project, milestoneId);
            requireOpen(milestone);
            milestone.cancel(tx.now());
            publish(tx, caller, "project.milestone_cancelled", milestone);
            return view(tx, milestone);
        });
    }

    /**
     * Tells the owner of every open milestone past its planned day (in the tenant's calendar) once,
     * through a {@code notification.requested} event; how many were told.
     */
    public int notifyOverdue(TenantTx tx) {
        int told = 0;
        for (Milestone milestone : milestones.newlyOverdue(tx.em(), tx.today(), 500)) {
            Project project = tx.em().find(Project.class, milestone.projectId());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("recipients", List.of(milestone.ownerId()));
            data.put("type", "status_update");
            data.put(
                    "title",
                    "Milestone overdue: " + milestone.name() + " (" + (project == null ? "" : project.code()) + ")");
            data.put(
                    "body",
                    "The milestone " + milestone.name() + " was planned for " + milestone.plannedOn()
                            + " and is not completed.");
            data.put(
                    "link",
                    "/api/v1/tenants/" + tx.tenantId() + "/projects/" + milestone.projectId() + "/milestones/"
                            + milestone.id());
            data.put("project_id", milestone.projectId());
            data.put("milestone_id", milestone.id());
            data.put("planned_on", milestone.plannedOn().toString());
            outbox.publish(tx, "notification.requested", milestone.id().toString(), null, data);
            milestone.overdueNotified(tx.now());
            told++;
        }
        return told;
    }

    public int notifyOverdueNow() {
        return tenantData.call(this::notifyOverdue);
    }

    /** The milestone's predecessors, checked: in this project, not itself, no cycle, owner a member. */
    private List<UUID> check(TenantTx tx, Project project, Milestone milestone, ProjectRequests.Milestone request) {
        List<FieldError> errors = new ArrayList<>();
        references.checkMember(request.ownerId(), "owner_id", errors);
        List<UUID> predecessors = request.predecessorIds() == null
                ? List.of()
                : request.predecessorIds().stream().distinct().toList();
        List<Milestone> all = milestones.ofProject(tx.em(), project.id());
        Set<UUID> ofProject = all.stream().map(Milestone::id).collect(Collectors.toSet());
        List<UUID> unknown =
                predecessors.stream().filter(id -> !ofProject.contains(id)).toList();
        if (predecessors.contains(milestone.id())) {
            errors.add(new FieldError("predecessor_ids", "a milestone cannot be its own predecessor"));
        } else if (!unknown.isEmpty()) {
            errors.add(new FieldError("predecessor_ids", "not milestones of this project: " + unknown));
        } else {
            Map<UUID, List<UUID>> graph =
                    all.stream().collect(Collectors.toMap(Milestone::id, Milestone::predecessorIds));
            if (MilestoneGraph.closesCycle(milestone.id(), predecessors, graph)) {
                errors.add(new FieldError(
                        "predecessor_ids", "would make a cycle: this milestone already precedes one of them"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return predecessors;
    }

    private Milestone existing(TenantTx tx, Project project, UUID milestoneId) {
        return milestones
                .milestone(tx.em(), project.id(), milestoneId)
                .orElseThrow(() -> new Failure.NotFound("No milestone " + milestoneId + " in this project"));
    }

    private static void requireOpen(Milestone milestone) {
        if (!milestone.isOpen()) {
            throw new Failure.Conflict(
                    ProblemType.MILESTONE_NOT_OPEN,
                    "Milestone " + milestone.name() + " is " + milestone.status() + "; it no longer changes",
                    Map.of("current_status", milestone.status()));
        }
    }

    private void publish(TenantTx tx, Caller caller, String type, Milestone m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project_id", m.projectId());
        data.put("milestone_id", m.id());
        data.put("name", m.name());
        data.put("planned_on", m.plannedOn().toString());
        data.put("owner_id", m.ownerId());
        data.put("status", m.status());
        if (m.actualOn() != null) {
            data.put("actual_on", m.actualOn().toString());
        }
        data.put("predecessor_ids", m.predecessorIds());
        outbox.publish(tx, type, m.id().toString(), caller.userId(), data);
    }

    private static MilestoneView view(TenantTx tx, Milestone m) {
        return new MilestoneView(
                m.id(),
                m.projectId(),
                m.name(),
                m.plannedOn(),
                m.actualOn(),
                m.ownerId(),
                m.status(),
                m.predecessorIds(),
                m.isOverdueOn(tx.today()),
                m.overdueNotifiedAt(),
                m.version(),
                m.createdAt(),
                m.updatedAt());
    }
}
