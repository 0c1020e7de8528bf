package dev.procura.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The emails of an event already handed to the SMTP server (notification_emails). */
@ApplicationScoped
public class SentEmails {

    @Inject
    Clock clock;

    /** One email: which event told which member what. */
    public record Email(UUID userId, NotificationType type) {}

    public Set<Email> of(EntityManager em, UUID eventId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT CAST(user_id AS VARCHAR), type FROM notification_emails WHERE event_id = ?1")
                .setParameter(1, eventId)
                .getResultList();
        Set<Email> sent = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            NotificationType.of((String) columns[1])
                    .ifPresent(t -> sent.add(new Email(UUID.fromString((String) columns[0]), t)));
        }
        return sent;
    }

    public void record(EntityManager em, UUID eventId, Email email) {
        em.createNativeQuery(
                        "INSERT INTO notification_emails (event_id, user_id, type, sent_at) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, email.userId())
                .setParameter(3, email.type().wireName())
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
