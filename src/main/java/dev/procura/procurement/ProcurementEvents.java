package dev.procura.procurement;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes a buying-cycle fact (e.g. {@code purchase_order.submitted}) to the tenant outbox in
 * the caller's tenant transaction: it happens exactly when the change does, names the tenant of
 * that transaction, whoever runs it (a request, a consumer), and becomes the change's audit entry.
 */
@ApplicationScoped
public class ProcurementEvents {

    @Inject
    TenantOutbox outbox;

    /** {@code actor} may be null for changes the system makes on its own (e.g. an automatic approval). */
    public void publish(TenantTx tx, UUID actor, String eventType, UUID resourceId, Map<String, Object> data) {
        outbox.publish(tx, eventType, resourceId.toString(), actor, data);
    }
}
