package dev.procura.identity;

import dev.procura.platform.security.ClientAddress;
import dev.procura.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Records security events in a transaction of their own, so a failure that rolls back the
 * request (a wrong password, a reused refresh token) is still on record.
 */
@ApplicationScoped
public class SecurityEventLog {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "control")
    EntityManager em;

    @Inject
    ClientAddress client;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, UUID userId, String email, UUID sessionId, String detail) {
        em.persist(new SecurityEvent(
                type, userId, email, sessionId, client.address(), RequestIds.current(), detail, clock.instant()));
    }

    /** Records in the caller's transaction: for outcomes that commit together with the event (a login). */
    @Transactional
    public void recordWithin(SecurityEvent.Type type, UUID userId, String email, UUID sessionId, String detail) {
        em.persist(new SecurityEvent(
                type, userId, email, sessionId, client.address(), RequestIds.current(), detail, clock.instant()));
    }
}
