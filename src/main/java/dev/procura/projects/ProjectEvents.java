package dev.procura.projects;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The project facts others care about, in the outbox of the transaction that makes them (and so on
 * the audit trail): {@code project.created}, {@code project.changed}, {@code project.<status>}
 * (activated, put_on_hold, closed), and the document and milestone events of their services.
 */
@ApplicationScoped
class ProjectEvents {

    @Inject
    TenantOutbox outbox;

    void publish(TenantTx tx, UUID actor, String type, Project project, Map<String, Object> extra) {
        Map<String, Object> data = data(project);
        data.putAll(extra);
        outbox.publish(tx, type, project.id().toString(), actor, data);
    }

    void publish(TenantTx tx, UUID actor, String type, Project project) {
        publish(tx, actor, type, project, Map.of());
    }

    private static Map<String, Object> data(Project p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project_id", p.id());
        data.put("code", p.code());
        data.put("name", p.name());
        data.put("status", p.status());
        data.put("manager_id", p.managerId());
        data.put("budget_amount", p.budgetAmount());
        data.put("currency", p.currency());
        data.put("cost_center", p.costCenter());
        if (p.plantId() != null) {
            data.put("plant_id", p.plantId());
        }
        if (p.customerId() != null) {
            data.put("customer_id", p.customerId());
        }
        return data;
    }
}
