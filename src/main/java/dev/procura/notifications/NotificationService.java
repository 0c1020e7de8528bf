package dev.procura.notifications;

import dev.procura.notifications.NotificationRepository.NewNotification;
import dev.procura.notifications.NotificationViews.MarkedRead;
import dev.procura.notifications.NotificationViews.NotificationView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantPeople.Person;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member's notifications in a tenant: the inbox, the history, marking read, their preferences;
 * and writing new ones for the members a notice addresses, as their preferences allow.
 */
@ApplicationScoped
public class NotificationService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    NotificationRepository notifications;

    @Inject
    PreferenceRepository preferences;

    @Inject
    NotificationTemplates templates;

    public Page<NotificationView> inbox(Caller caller, boolean unreadOnly, int page, int perPage) {
        return list(new NotificationRepository.Filter(caller.userId(), unreadOnly, null, null, null), page, perPage);
    }

    /** Everything, read or not; {@code type}, {@code from} (inclusive) and {@code to} (exclusive) may be null. */
    public Page<NotificationView> history(Caller caller, String type, Instant from, Instant to, int page, int perPage) {
        if (type != null && NotificationType.of(type).isEmpty()) {
            throw new Failure.InvalidInput("type", "must be one of " + NotificationType.wireNames());
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new Failure.InvalidInput("to", "must be after from");
        }
        return list(new NotificationRepository.Filter(caller.userId(), null, type, from, to), page, perPage);
    }

    private Page<NotificationView> list(NotificationRepository.Filter filter, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                notifications.list(tx.em(), filter, (page - 1) * perPage, perPage).stream()
                        .map(NotificationView::of)
                        .toList(),
                page,
                perPage,
                notifications.count(tx.em(), filter)));
    }

    /** Only one's own: another member's notification is not found. */
    public NotificationView markRead(Caller caller, UUID id) {
        return tenantData.call(tx -> {
            Notification notification = notifications
                    .own(tx.em(), caller.userId(), id)
                    .orElseThrow(() -> new Failure.NotFound("No notification " + id));
            // Microseconds, as PostgreSQL keeps them: the answer now equals every later read.
            notification.markRead(tx.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            return NotificationView.of(notification);
        });
    }

    public MarkedRead markAllRead(Caller caller) {
        return new MarkedRead(tenantData.call(tx -> notifications.markAllRead(tx.em(), caller.userId(), tx.now())));
    }

    public Map<String, Map<String, Boolean>> preferences(Caller caller) {
        return tenantData.call(tx -> preferences.of(tx.em(), caller.userId()).matrix());
    }

    /** Applies the choices the body makes (any subset of types and channels) and answers with all of them. */
    public Map<String, Map<String, Boolean>> choose(Caller caller, JsonObject body) {
        List<NotificationPreferences.Choice> changes = NotificationPreferences.changes(body);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            preferences.save(em, caller.userId(), changes);
            return preferences.of(em, caller.userId()).matrix();
        });
    }

    /**
     * In the caller's tenant transaction: writes the notices for their recipients who have not
     * turned the type off in the application, once per source event. Answers who got something
     * new, for the streams to be told after the commit.
     */
    public Set<UUID> write(EntityManager em, UUID sourceEventId, List<Notice> notices) {
        Set<UUID> recipients = new LinkedHashSet<>();
        notices.forEach(n -> recipients.addAll(n.recipientIds()));
        if (recipients.isEmpty()) {
            return Set.of();
        }
        notifications.lockWriting(em, recipients);
        Set<PreferenceRepository.OptOut> optOuts = preferences.optOuts(em, recipients, Channel.IN_APP);
        Set<UUID> told = new LinkedHashSet<>();
        for (Notice notice : notices) {
            RenderedMessage message = templates.render(notice.template(), notice.values());
            for (Person person : notice.recipients()) {
                if (optOuts.contains(new PreferenceRepository.OptOut(person.userId(), notice.type()))) {
                    continue;
                }
                if (notifications.insert(
                        em,
                        new NewNotification(
                                person.userId(),
                                notice.type(),
                                message.subject(),
                                message.text(),
                                notice.data() == null ? null : notice.data().toString(),
                                notice.link(),
                                sourceEventId))) {
                    told.add(person.userId());
                }
            }
        }
        return told;
    }
}
