package dev.procura.engineering;

import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.workflows.WorkflowSubject;
import dev.procura.platform.workflows.WorkflowSubjects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Change orders as the workflow engine sees them: the fields transition conditions may read (e.g.
 * {@code cost_impact > 10000}); one of a project outside the caller's projects:read plants is not
 * found. The change order's status follows the engine's state.
 */
@ApplicationScoped
public class ChangeOrderWorkflowSubjects implements WorkflowSubjects {

    public static final String TYPE = "change_order";

    @Inject
    ChangeOrderService service;

    @Inject
    ProjectAccess projects;

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String pathSegment() {
        return "change-orders";
    }

    @Override
    public Set<String> fieldNames() {
        return Set.of("number", "status", "project_id", "cost_impact", "currency", "schedule_impact_days");
    }

    @Override
    public Optional<WorkflowSubject> subject(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(ChangeOrder.class, id))
                .filter(order -> projects.isVisibleToCaller(tx, order.projectId()))
                .map(ChangeOrderWorkflowSubjects::subject);
    }

    @Override
    public void entered(TenantTx tx, UUID id, String state, boolean isFinal) {
        service.entered(tx, id, state, isFinal);
    }

    static WorkflowSubject subject(ChangeOrder order) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", order.number());
        fields.put("status", order.status());
        fields.put("project_id", order.projectId().toString());
        fields.put("cost_impact", order.costImpact());
        fields.put("currency", order.currency());
        fields.put("schedule_impact_days", order.scheduleImpactDays());
        return new WorkflowSubject(TYPE, order.id(), order.number(), fields);
    }
}
