package dev.procura.notifications;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the notifications API. */
public final class NotificationViews {

    private static final Jsonb JSON = JsonbBuilder.create();

    private NotificationViews() {}

    @Schema(name = "Notification")
    public record NotificationView(
            UUID id,

            @Schema(description = "Orders the member's notifications; the id of its Server-Sent Event")
            long seq,

            @Schema(
                    description = "approval_request, approved, rejected, escalated, sla_breach, "
                            + "budget_warning, status_update, download_ready, limit_warning, trial or message")
            String type,

            String title,
            String body,

            @Schema(description = "The facts of the event behind it (event_type and its data)")
            Map<String, Object> data,

            @Schema(description = "Where it leads: a path under the API")
            String link,

            Instant createdAt,
            Instant readAt,
            boolean read) {

        @SuppressWarnings("unchecked")
        static NotificationView of(Notification n) {
            Map<String, Object> data = n.data() == null ? null : JSON.fromJson(n.data(), Map.class);
            return new NotificationView(
                    n.id(),
                    n.seq(),
                    n.type(),
                    n.title(),
                    n.body(),
                    data,
                    n.link(),
                    n.createdAt(),
                    n.readAt(),
                    n.isRead());
        }
    }

    @Schema(name = "NotificationsRead")
    public record MarkedRead(
            @Schema(description = "How many unread notifications were marked read")
            int marked) {}

    @Schema(name = "MessageSent")
    public record MessageSent(
            @Schema(description = "The notification.requested event that carries the emails")
            UUID eventId,

            @Schema(description = "The members addressed") List<UUID> recipients,

            @Schema(description = "How many got it in the application (the others turned messages off)")
            int inApp) {}
}
