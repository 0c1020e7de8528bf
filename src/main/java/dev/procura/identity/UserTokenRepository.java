package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserTokenRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public void add(UserToken token) {
        em.persist(token);
    }

    /** The token row locked, so two confirmations with one token get one winner. */
    public Optional<UserToken> lock(String tokenHash) {
        return Optional.ofNullable(em.find(UserToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Spends every unused token of the user for this purpose: a newer one replaces them. */
    public int retireUnused(UUID userId, UserToken.Purpose purpose, Instant now) {
        return em.createQuery("UPDATE UserToken t SET t.usedAt = :now"
                        + " WHERE t.userId = :user AND t.purpose = :purpose AND t.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** Removes tokens that expired before {@code before}. */
    public int pruneExpiredBefore(Instant before) {
        return em.createQuery("DELETE FROM UserToken t WHERE t.expiresAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
