package dev.procura.plans;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a tenant's admins something about their plan: an event in the tenant's audit trail and
 * a notification (in-app and email) through the notifications capability's
 * {@code notification.requested} port, in one tenant transaction.
 */
@ApplicationScoped
public class AdminNotices {

    /** What to tell: the audit event and its facts, the notification's type, title, body and link. */
    public record Notice(
            String eventType,
            String key,
            Map<String, Object> facts,
            String type,
            String title,
            String body,
            String link) {}

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantOutbox outbox;

    @Inject
    TenantPeople people;

    public void tell(UUID tenantId, Notice notice) {
        List<UUID> admins = people.withRole(tenantId, "admin").stream()
                .map(TenantPeople.Person::userId)
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recipients", admins);
        data.put("type", notice.type());
        data.put("title", notice.title());
        data.put("body", notice.body());
        data.put("link", notice.link());
        tenantData.call(tenantId, tx -> {
            outbox.publish(tx, notice.eventType(), notice.key(), null, notice.facts());
            outbox.publish(tx, "notification.requested", notice.key(), null, data);
            return null;
        });
    }
}
