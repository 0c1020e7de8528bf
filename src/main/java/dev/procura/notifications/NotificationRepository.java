package dev.procura.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on notifications; every one is about a single member's own. */
@ApplicationScoped
public class NotificationRepository {

    @Inject
    Clock clock;

    /** Namespace of the per-member advisory locks taken while writing their notifications. */
    private static final int WRITING_LOCK = 0x4e4f5446;

    /** A row to write. */
    public record NewNotification(
            UUID userId,
            NotificationType type,
            String title,
            String body,
            String data,
            String link,
            UUID sourceEventId) {}

    /** A member's filter: only unread, one type, a time range (from inclusive, to exclusive); null means any. */
    public record Filter(UUID userId, Boolean unreadOnly, String type, Instant from, Instant to) {}

    /**
     * Holds, until the transaction ends, the right to add notifications for these members. Writers
     * of one member's rows thus commit in the order of their seq, so a stream that has sent seq N
     * never later finds a committed row below N.
     */
    public void lockWriting(EntityManager em, Collection<UUID> userIds) {
        userIds.stream()
                .map(UUID::hashCode)
                .distinct()
                .sorted()
                .forEach(key -> em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS locked")
                        .setParameter(1, WRITING_LOCK)
                        .setParameter(2, key)
                        .getSingleResult());
    }

    /** Writes it unless its source event already told this member this; true when written. */
    public boolean insert(EntityManager em, NewNotification n) {
        return em.createNativeQuery(
                                "INSERT INTO notifications (id, user_id, type, title, body, data, link, source_event_id,"
                                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                                        + " ON CONFLICT (source_event_id, user_id, type) DO NOTHING")
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, n.userId())
                        .setParameter(3, n.type().wireName())
                        .setParameter(4, n.title())
                        .setParameter(5, n.body())
                        .setParameter(6, n.data())
                        .setParameter(7, n.link())
                        .setParameter(8, n.sourceEventId())
                        .setParameter(9, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    /** Newest first. */
    public List<Notification> list(EntityManager em, Filter filter, int first, int max) {
        TypedQuery<Notification> query = em.createQuery(
                "SELECT n FROM Notification n" + where(filter) + " ORDER BY n.seq DESC", Notification.class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(n) FROM Notification n" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter f) {
        return " WHERE n.userId = :user" + (Boolean.TRUE.equals(f.unreadOnly()) ? " AND n.readAt IS NULL" : "")
                + (f.type() == null ? "" : " AND n.type = :type")
                + (f.from() == null ? "" : " AND n.createdAt >= :from")
                + (f.to() == null ? "" : " AND n.createdAt < :to");
    }

    private static Map<String, Object> parameters(Filter f) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("user", f.userId());
        if (f.type() != null) {
            parameters.put("type", f.type());
        }
        if (f.from() != null) {
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            parameters.put("to", f.to());
        }
        return parameters;
    }

    public Optional<Notification> own(EntityManager em, UUID userId, UUID id) {
        Notification found = em.find(Notification.class, id);
        return found != null && found.userId().equals(userId) ? Optional.of(found) : Optional.empty();
    }

    /** A member's notifications after {@code seq}, oldest first: what a stream has not sent yet. */
    public List<Notification> after(EntityManager em, UUID userId, long seq, int max) {
        return em.createQuery(
                        "SELECT n FROM Notification n WHERE n.userId = :user AND n.seq > :seq ORDER BY n.seq",
                        Notification.class)
                .setParameter("user", userId)
                .setParameter("seq", seq)
                .setMaxResults(max)
                .getResultList();
    }

    /** The seq of the member's newest notification, 0 if none. */
    public long lastSeq(EntityManager em, UUID userId) {
        Long last = em.createQuery("SELECT MAX(n.seq) FROM Notification n WHERE n.userId = :user", Long.class)
                .setParameter("user", userId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** Marks every unread notification of the member read; how many were. */
    public int markAllRead(EntityManager em, UUID userId, Instant now) {
        return em.createNativeQuery("UPDATE notifications SET read_at = ?1 WHERE user_id = ?2 AND read_at IS NULL")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, userId)
                .executeUpdate();
    }
}
