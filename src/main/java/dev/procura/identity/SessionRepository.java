package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<Session> find(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    public Optional<Session> lock(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Flushed at once: refresh token rows reference it, and EclipseLink does not order unmapped keys. */
    public void add(Session session) {
        em.persist(session);
        em.flush();
    }

    public void add(RefreshToken token) {
        em.persist(token);
    }

    /** The refresh token row locked, so two concurrent refreshes with one token get one winner. */
    public Optional<RefreshToken> lockRefreshToken(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Session> activeOf(UUID userId, Instant now, int first, int max) {
        return em.createQuery(
                        "SELECT s FROM Session s WHERE s.userId = :user AND s.revokedAt IS NULL"
                                + " AND s.expiresAt > :now ORDER BY s.createdAt DESC",
                        Session.class)
                .setParameter("user", userId)
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countActiveOf(UUID userId, Instant now) {
        return em.createQuery(
                        "SELECT COUNT(s) FROM Session s WHERE s.userId = :user AND s.revokedAt IS NULL"
                                + " AND s.expiresAt > :now",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Every server forgets the session's cached state when this transaction commits. */
    public void announceEnded(Session session) {
        IdentityCache.announceSessionEnded(em, session.id());
    }

    /** Revokes every active session of a user except one; returns how many were revoked. */
    public int revokeOthers(UUID userId, UUID keep, String reason, Instant now) {
        IdentityCache.announceSessionsOfUserEnded(em, userId);
        return em.createQuery("UPDATE Session s SET s.revokedAt = :now, s.revokeReason = :reason"
                        + " WHERE s.userId = :user AND s.id <> :keep AND s.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("user", userId)
                .setParameter("keep", keep)
                .executeUpdate();
    }

    /** Revokes every active session of a user; returns how many were revoked. */
    public int revokeAll(UUID userId, String reason, Instant now) {
        IdentityCache.announceSessionsOfUserEnded(em, userId);
        return em.createQuery("UPDATE Session s SET s.revokedAt = :now, s.revokeReason = :reason"
                        + " WHERE s.userId = :user AND s.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** When the user last signed in, as far as sessions still kept tell. */
    public java.util.Optional<Instant> lastOpenedBy(UUID userId) {
        return java.util.Optional.ofNullable(
                em.createQuery("SELECT MAX(s.createdAt) FROM Session s WHERE s.userId = :user", Instant.class)
                        .setParameter("user", userId)
                        .getSingleResult());
    }

    /** Removes sessions (and, by cascade, their refresh tokens) that ended before {@code before}. */
    public int pruneEndedBefore(Instant before) {
        return em.createQuery("DELETE FROM Session s WHERE s.expiresAt < :before"
                        + " OR (s.revokedAt IS NOT NULL AND s.revokedAt < :before)")
                .setParameter("before", before)
                .executeUpdate();
    }
}
