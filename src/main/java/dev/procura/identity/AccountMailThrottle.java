package dev.procura.identity;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limits of account mail (password resets, verification emails): at most
 * {@code procura.account-mail.per-email} requests for one email and
 * {@code procura.account-mail.per-address} from one client address within
 * {@code procura.account-mail.window}. Requests for unknown emails count the same, so the answer
 * never tells whether an account exists. Counters live in the control database (every server
 * applies the same limits).
 */
@ApplicationScoped
public class AccountMailThrottle {

    /** What a request asks for; each kind has its own counters. */
    public enum Purpose {
        PASSWORD_RESET,
        EMAIL_VERIFICATION
    }

    @PersistenceContext(unitName = "control")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "procura.account-mail.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "procura.account-mail.per-email", defaultValue = "3")
    int perEmail;

    @Inject
    @ConfigProperty(name = "procura.account-mail.per-address", defaultValue = "20")
    int perAddress;

    /** Counts the request, or refuses it with 429 and Retry-After when a limit is reached. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void admit(Purpose purpose, String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Instant oldestOfEmail = oldestWhenFull("email", email, perEmail, purpose, since);
        Instant oldestOfAddress = oldestWhenFull("client_address", address, perAddress, purpose, since);
        Instant oldest = oldestOfEmail != null ? oldestOfEmail : oldestOfAddress;
        if (oldest != null) {
            throw new Failure.TooManyRequests(
                    ProblemType.ACCOUNT_MAIL_THROTTLED,
                    "Too many emails of this kind were asked for; try again later",
                    Duration.between(now, oldest.plus(window)));
        }
        em.createNativeQuery("INSERT INTO account_mail_requests (id, purpose, email, client_address, requested_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, purpose.name())
                .setParameter(3, email)
                .setParameter(4, address)
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
    }

    /** The time of the oldest counted request when {@code limit} are counted already, else null. */
    private Instant oldestWhenFull(String column, String value, int limit, Purpose purpose, Instant since) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(requested_at) FROM account_mail_requests"
                        + " WHERE purpose = ?1 AND " + column + " = ?2 AND requested_at > ?3")
                .setParameter(1, purpose.name())
                .setParameter(2, value)
                .setParameter(3, Timestamp.from(since))
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        if (count < limit) {
            return null;
        }
        return SqlValues.instant(row[1]);
    }

    @Transactional
    public int pruneOlderThanWindow(Instant now) {
        return em.createNativeQuery("DELETE FROM account_mail_requests WHERE requested_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(window)))
                .executeUpdate();
    }
}
