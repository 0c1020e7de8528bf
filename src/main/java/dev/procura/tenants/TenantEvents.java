package dev.procura.tenants;

import dev.procura.platform.events.Outbox;
import dev.procura.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Facts about a tenant's membership, roles and life (member.added, role.updated,
 * tenant.suspended) on the control outbox, by the calling user, in the caller's control
 * transaction: they reach Kafka and the platform audit trail, which a tenant's audit views show.
 */
@ApplicationScoped
public class TenantEvents {

    @Inject
    Outbox outbox;

    @Inject
    CurrentCaller caller;

    public void publish(String eventType, UUID tenantId, String key, Map<String, Object> data) {
        outbox.publish(eventType, key, tenantId, actor(), data);
    }

    private UUID actor() {
        try {
            return caller.isPresent() ? caller.get().userId() : null;
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
