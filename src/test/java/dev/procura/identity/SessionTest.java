package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofDays(7));

    private static final UUID USER = UUID.randomUUID();

    private final Session session = new Session(USER, "203.0.113.7", "curl/8", NOW, EXPIRY);

    @Test
    void newSessionIsActiveUntilExpiry() {
        assertTrue(session.isActive(NOW));
        assertTrue(session.isActive(EXPIRY.minusSeconds(1)));
        assertFalse(session.isActive(EXPIRY));
    }

    @Test
    void revokedSessionIsNotActive() {
        session.revoke("logout", NOW.plusSeconds(10));

        assertFalse(session.isActive(NOW.plusSeconds(11)));
    }

    @Test
    void secondRevokeKeepsTheFirstTime() {
        session.revoke("logout", NOW.plusSeconds(10));
        session.revoke("refresh-token-reuse", NOW.plusSeconds(20));

        assertEquals(NOW.plusSeconds(10), session.revokedAt());
    }

    @Test
    void extendMovesExpiryAndLastUse() {
        Instant later = NOW.plus(Duration.ofDays(6));
        session.extend(later, later.plus(Duration.ofDays(7)));

        assertEquals(later, session.lastUsedAt());
        assertTrue(session.isActive(EXPIRY.plusSeconds(1)));
    }

    @Test
    void aNewSessionRecordsItsClientAndWasLastUsedWhenCreated() {
        assertEquals(USER, session.userId());
        assertEquals("203.0.113.7", session.clientAddress());
        assertEquals("curl/8", session.userAgent());
        assertEquals(NOW, session.createdAt());
        assertEquals(NOW, session.lastUsedAt());
        assertEquals(EXPIRY, session.expiresAt());
        assertNull(session.revokedAt());
    }

    @Test
    void extendingARevokedSessionDoesNotRevive() {
        session.revoke("logout", NOW.plusSeconds(10));

        session.extend(NOW.plusSeconds(20), EXPIRY.plus(Duration.ofDays(7)));

        assertFalse(session.isActive(NOW.plusSeconds(30)));
        assertEquals(NOW.plusSeconds(10), session.revokedAt());
    }
}
