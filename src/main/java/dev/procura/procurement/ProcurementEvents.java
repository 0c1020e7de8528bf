package dev.procura.procurement;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes a buying-cycle fact (e.g. {@code purchase_order.submitted}) to the tenant outbox, with
 * its line on the audit trail, in the caller's transaction: both happen exactly when the change does.
 */
@ApplicationScoped
public class ProcurementEvents {

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantContext tenant;

    /** {@code actor} may be null for changes the system makes on its own (e.g. an automatic approval). */
    public void publish(EntityManager em, UUID actor, String eventType, UUID resourceId, Map<String, Object> data) {
        UUID tenantId = tenant.tenantId();
        outbox.publish(em, tenantId, eventType, resourceId.toString(), actor, data);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("action", eventType);
        audit.put("resource_type", eventType.substring(0, eventType.indexOf('.')));
        audit.put("resource_id", resourceId);
        outbox.publish(em, tenantId, "audit.log", resourceId.toString(), actor, audit);
    }
}
