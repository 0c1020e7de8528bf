package dev.procura.identity;

import dev.procura.platform.events.Outbox;
import dev.procura.platform.security.ClientAddress;
import dev.procura.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, UUID userId, String email, UUID sessionId, String detail) {
        write(type, userId, email, sessionId, detail);
    }

    /** Records in the caller's transaction: for outcomes that commit together with the event (a login). */
    @Transactional
    public void recordWithin(SecurityEvent.Type type, UUID userId, String email, UUID sessionId, String detail) {
        write(type, userId, email, sessionId, detail);
    }

    /** The event row, and its fact on the control outbox for the platform audit trail (security.login_failed, …). */
    private void write(SecurityEvent.Type type, UUID userId, String email, UUID sessionId, String detail) {
        em.persist(new SecurityEvent(
                type, userId, email, sessionId, client.address(), RequestIds.current(), detail, clock.instant()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", email);
        if (sessionId != null) {
            data.put("session_id", sessionId);
        }
        if (detail != null) {
            data.put("detail", detail);
        }
        outbox.publish(
                "security." + type.name().toLowerCase(Locale.ROOT),
                userId != null ? userId.toString() : email == null ? "anonymous" : email,
                null,
                userId,
                data);
    }
}
