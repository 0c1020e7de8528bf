package dev.procura.engineering;

import dev.procura.engineering.ChangeOrderViews.Amount;
import dev.procura.engineering.ChangeOrderViews.ApprovedChanges;
import dev.procura.engineering.ChangeOrderViews.ChangeOrderView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.projects.ProjectDirectory.ProjectRef;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.platform.workflows.WorkflowGate;
import dev.procura.procurement.DocumentNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Change orders of a project: requested and changed until their workflow (entity type
 * {@value ChangeOrderWorkflowSubjects#TYPE}) decides them; the approved ones' cost and schedule
 * impact summed up as the project's approved changes. Every change is an outbox event.
 */
@ApplicationScoped
public class ChangeOrderService {

    static final String NUMBER_KIND = "change_order";
    static final String NUMBER_PREFIX = "CO-";
    static final String INITIAL_STATUS = "open";

    @Inject
    TenantTransactions tenantData;

    @Inject
    ChangeOrderRepository orders;

    @Inject
    ProjectAccess projects;

    @Inject
    EngineeringEvents events;

    @Inject
    DocumentNumbers numbers;

    @Inject
    WorkflowGate workflow;

    public ChangeOrderView request(Caller caller, UUID projectId, ChangeOrderRequests.Change request) {
        return tenantData.call(tx -> {
            projects.writable(tx, projectId);
            UUID id = UUID.randomUUID();
            String status =
                    workflow.state(tx, ChangeOrderWorkflowSubjects.TYPE, id).orElse(INITIAL_STATUS);
            ChangeOrder order = new ChangeOrder(
                    id,
                    projectId,
                    numbers.next(tx.em(), NUMBER_KIND, NUMBER_PREFIX),
                    status,
                    caller.userId(),
                    tx.now());
            order.describe(request, tx.now());
            tx.em().persist(order);
            events.changeOrder(tx, "requested", caller.userId(), order);
            return ChangeOrderView.of(order);
        });
    }

    public Page<ChangeOrderView> list(UUID projectId, String status, int page, int perPage) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            return new Page<>(
                    orders.ofProject(tx.em(), projectId, status, (page - 1) * perPage, perPage).stream()
                            .map(ChangeOrderView::of)
                            .toList(),
                    page,
                    perPage,
                    orders.countOfProject(tx.em(), projectId, status));
        });
    }

    public ChangeOrderView get(UUID projectId, UUID id) {
        return tenantData.call(tx -> {
            projects.readable(tx, projectId);
            return ChangeOrderView.of(existing(tx, projectId, id));
        });
    }

    /** Changes an undecided change order, in full. */
    public ChangeOrderView change(Caller caller, UUID projectId, UUID id, ChangeOrderRequests.Change request) {
        return tenantData.call(tx -> {
            projects.writable(tx, projectId);
            ChangeOrder order = existing(tx, projectId, id);
            if (order.isDecided()) {
                throw new Failure.Conflict(
                        ProblemType.CHANGE_ORDER_DECIDED,
                        "Change order " + order.number() + " is decided (" + order.status() + "); it no longer changes",
                        Map.of("current_status", order.status()));
            }
            order.describe(request, tx.now());
            events.changeOrder(tx, "changed", caller.userId(), order);
            return ChangeOrderView.of(order);
        });
    }

    public ApprovedChanges approvedChanges(UUID projectId) {
        return tenantData.call(tx -> {
            ProjectRef project = projects.readable(tx, projectId);
            return approvedChanges(tx, project);
        });
    }

    ApprovedChanges approvedChanges(TenantTx tx, ProjectRef project) {
        List<ChangeOrder> all = orders.allOfProject(tx.em(), project.id());
        Map<String, BigDecimal> cost = new TreeMap<>();
        long days = 0;
        long approved = 0;
        for (ChangeOrder order : all) {
            if (order.isApproved()) {
                approved++;
                days += order.scheduleImpactDays();
                cost.merge(order.currency(), order.costImpact(), BigDecimal::add);
            }
        }
        long pending = all.stream().filter(o -> !o.isDecided()).count();
        return new ApprovedChanges(
                project.id(),
                project.code(),
                approved,
                pending,
                cost.entrySet().stream()
                        .map(e -> new Amount(e.getKey(), e.getValue()))
                        .toList(),
                days);
    }

    /** The change order's workflow moved it: its status follows; a final state decides it. */
    void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        ChangeOrder order = tx.em().find(ChangeOrder.class, id);
        if (order != null) {
            order.enter(state, isFinal, tx.today(), tx.now());
            if (isFinal) {
                events.changeOrder(tx, "decided", tx.actor(), order);
            }
        }
    }

    private static ChangeOrder existing(TenantTx tx, UUID projectId, UUID id) {
        ChangeOrder order = tx.em().find(ChangeOrder.class, id);
        if (order == null || !order.projectId().equals(projectId)) {
            throw new Failure.NotFound("No change order " + id + " in project " + projectId);
        }
        return order;
    }
}
