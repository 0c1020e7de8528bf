package dev.procura.identity;

import dev.procura.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EmailSettingsRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<EmailSettings> find(UUID userId) {
        return Optional.ofNullable(em.find(EmailSettings.class, userId));
    }

    public Optional<EmailSettings> lock(UUID userId) {
        return Optional.ofNullable(em.find(EmailSettings.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(EmailSettings settings) {
        em.persist(settings);
    }

    /** Where and how each of these users gets mail; users without settings get the defaults. */
    List<UserFacts.MailPreferences> preferences(Collection<UUID> userIds) {
        List<?> rows = em.createNativeQuery("SELECT CAST(u.id AS VARCHAR), COALESCE(s.notification_address, u.email),"
                        + " COALESCE(s.digest, 'IMMEDIATE'), COALESCE(s.language, 'en')"
                        + " FROM users u LEFT JOIN user_email_settings s ON s.user_id = u.id"
                        + " WHERE u.id = ANY (CAST(?1 AS UUID[]))")
                .setParameter(1, dev.procura.platform.persistence.SqlArrays.of(userIds))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new UserFacts.MailPreferences(
                        UUID.fromString((String) r[0]),
                        (String) r[1],
                        EmailSettings.Digest.valueOf((String) r[2]).wireName(),
                        (String) r[3]))
                .toList();
    }

    /**
     * Claims up to {@code max} digests due at {@code now} until {@code claimUntil} (rows locked
     * with SKIP LOCKED: two servers never claim one), with what the digest needs.
     */
    List<EmailDigests.Due> claimDue(Instant now, Instant claimUntil, int max) {
        List<?> rows = em.createNativeQuery("WITH due AS (SELECT user_id FROM user_email_settings"
                        + " WHERE next_digest_at <= ?1 ORDER BY next_digest_at LIMIT ?2 FOR UPDATE SKIP LOCKED),"
                        + " claimed AS (UPDATE user_email_settings s SET next_digest_at = ?3 FROM due"
                        + " WHERE s.user_id = due.user_id RETURNING s.user_id, s.notification_address,"
                        + " s.language, s.digest, s.last_digest_at)"
                        + " SELECT CAST(c.user_id AS VARCHAR), COALESCE(c.notification_address, u.email),"
                        + " u.first_name, c.language, c.digest, c.last_digest_at, u.deactivated_at IS NULL"
                        + " FROM claimed c JOIN users u ON u.id = c.user_id")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, max)
                .setParameter(3, Timestamp.from(claimUntil))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new EmailDigests.Due(
                        UUID.fromString((String) r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        EmailSettings.Digest.valueOf((String) r[4]).wireName(),
                        SqlValues.instant(r[5]),
                        Boolean.TRUE.equals(r[6])))
                .toList();
    }
}
