package dev.procura.notifications;

import dev.procura.notifications.NotificationViews.MessageSent;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantPeople.Person;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Messages an administrator sends to members, by id or by role. They appear in the application at
 * once (written in the request); the emails go through the outbox as a
 * {@code notification.requested} event, so no mail server is ever contacted inside the request.
 * The in-app consumer sees the same event and finds the rows already written (same source event).
 */
@ApplicationScoped
public class MessageService {

    static final String REQUESTED = "notification.requested";

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantPeople people;

    @Inject
    TenantOutbox outbox;

    @Inject
    NotificationService notifications;

    @Inject
    NotificationStreams streams;

    public MessageSent send(Caller caller, NotificationRequests.Message message) {
        UUID tenantId = tenant.tenantId();
        List<Person> recipients = audience(tenantId, message);
        List<UUID> ids = recipients.stream().map(Person::userId).toList();
        UUID messageId = UUID.randomUUID();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", message.title().strip());
        values.put("body", message.body().strip());
        values.put("link", message.link() == null ? "" : message.link());
        JsonObject facts = Json.createObjectBuilder()
                .add("event_type", REQUESTED)
                .add("message_id", messageId.toString())
                .add("sent_by", caller.userId().toString())
                .build();
        Notice notice = new Notice(NotificationType.MESSAGE, "message", recipients, values, message.link(), facts);
        record Written(UUID eventId, Set<UUID> told) {}
        Written written = tenantData.call(tx -> {
            EntityManager em = tx.em();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("recipients", ids);
            data.put("type", NotificationType.MESSAGE.wireName());
            data.put("title", values.get("title"));
            data.put("body", values.get("body"));
            if (message.link() != null) {
                data.put("link", message.link());
            }
            data.put("message_id", messageId);
            data.put("sent_by", caller.userId());
            UUID eventId = outbox.publish(tx, REQUESTED, messageId.toString(), caller.userId(), data);
            outbox.publish(
                    tx,
                    "notification.sent",
                    messageId.toString(),
                    caller.userId(),
                    Map.of("message_id", messageId, "title", values.get("title"), "recipients", ids.size()));
            return new Written(eventId, notifications.write(em, eventId, List.of(notice)));
        });
        streams.announce(tenantId, written.told());
        return new MessageSent(written.eventId(), ids, written.told().size());
    }

    /** The members addressed: exactly one of user_ids and role, every one of them a member. */
    private List<Person> audience(UUID tenantId, NotificationRequests.Message message) {
        boolean byIds = message.userIds() != null;
        boolean byRole = message.role() != null;
        if (byIds == byRole) {
            throw new Failure.InvalidInput(
                    byIds ? "role" : "user_ids",
                    byIds ? "give either user_ids or role, not both" : "give user_ids or role");
        }
        if (byRole) {
            List<Person> holders = people.withRole(tenantId, message.role());
            if (holders.isEmpty()) {
                throw new Failure.InvalidInput("role", "no member of this tenant holds this role");
            }
            return holders;
        }
        Set<UUID> wanted = new LinkedHashSet<>(message.userIds());
        List<Person> members = people.members(tenantId, wanted);
        members.forEach(m -> wanted.remove(m.userId()));
        if (!wanted.isEmpty()) {
            throw new Failure.InvalidInput("user_ids", "not members of this tenant: " + wanted);
        }
        return members;
    }
}
