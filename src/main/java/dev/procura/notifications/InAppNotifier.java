package dev.procura.notifications;

import dev.procura.platform.events.EventHandling;
import dev.procura.platform.events.ProcessedEvents;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumer group {@code procura-notifications}: turns the events of {@link EventNotifications} into
 * in-app notifications, in one tenant transaction per event (recorded in processed_events, so a
 * redelivery writes nothing), then announces them to the streams of every server.
 */
@ApplicationScoped
public class InAppNotifier {

    static final String CONSUMER = "notifications-in-app";

    @Inject
    EventHandling handling;

    @Inject
    ProcessedEvents processed;

    @Inject
    TenantTransactions tenantData;

    @Inject
    NotificationPlanner planner;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationStreams streams;

    @Incoming("notify-approval-requested")
    public void onApprovalRequested(String payload) {
        handling.handle(CONSUMER, "approval.requested", payload, this::notify);
    }

    @Incoming("notify-approval-approved")
    public void onApprovalApproved(String payload) {
        handling.handle(CONSUMER, "approval.approved", payload, this::notify);
    }

    @Incoming("notify-approval-completed")
    public void onApprovalCompleted(String payload) {
        handling.handle(CONSUMER, "approval.completed", payload, this::notify);
    }

    @Incoming("notify-approval-rejected")
    public void onApprovalRejected(String payload) {
        handling.handle(CONSUMER, "approval.rejected", payload, this::notify);
    }

    @Incoming("notify-approval-escalated")
    public void onApprovalEscalated(String payload) {
        handling.handle(CONSUMER, "approval.escalated", payload, this::notify);
    }

    @Incoming("notify-budget-warning")
    public void onBudgetWarning(String payload) {
        handling.handle(CONSUMER, "budget.warning", payload, this::notify);
    }

    @Incoming("notify-notification-requested")
    public void onNotificationRequested(String payload) {
        handling.handle(CONSUMER, "notification.requested", payload, this::notify);
    }

    void notify(JsonObject event) {
        List<Notice> notices = planner.plan(event);
        if (notices.isEmpty()) {
            return;
        }
        UUID tenantId = UUID.fromString(event.getString("tenant_id"));
        UUID eventId = UUID.fromString(event.getString("event_id"));
        Set<UUID> told = tenantData.call(
                tenantId,
                tx -> processed.firstTime(tx.em(), tenantId, CONSUMER, eventId)
                        ? notifications.write(tx.em(), eventId, notices)
                        : Set.<UUID>of());
        streams.announce(tenantId, told);
    }
}
