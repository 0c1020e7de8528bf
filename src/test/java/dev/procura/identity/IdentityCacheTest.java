package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdentityCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    /** Sessions in memory, counting the reads the cache makes. */
    static final class CountingSessions extends SessionRepository {
        final Map<UUID, Session> rows = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<Session> find(UUID id) {
            reads.incrementAndGet();
            return Optional.ofNullable(rows.get(id));
        }
    }

    private final CountingSessions sessions = new CountingSessions();

    private IdentityCache cache(Instant now) {
        IdentityCache cache = new IdentityCache();
        cache.sessions = sessions;
        cache.ttl = Duration.ofMinutes(1);
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
        return cache;
    }

    private Session session(UUID userId, Instant expiresAt) {
        Session session = new Session(userId, "127.0.0.1", "test", NOW.minusSeconds(60), expiresAt);
        sessions.rows.put(session.id(), session);
        return session;
    }

    @Test
    void anActiveSessionIsReadOnceThenServedFromTheCache() {
        IdentityCache cache = cache(NOW);
        Session session = session(UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        assertTrue(cache.isActive(session.id()));
        assertTrue(cache.isActive(session.id()));
        assertEquals(1, sessions.reads.get());
    }

    @Test
    void aRevocationAnnouncedByAnyServerEndsItAtOnce() {
        IdentityCache cache = cache(NOW);
        Session session = session(UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        assertTrue(cache.isActive(session.id()));
        session.revoke("logout", NOW);
        assertTrue(cache.isActive(session.id()), "not announced yet: the cached answer stands");
        cache.onInvalidation(
                new Invalidation(IdentityCache.SESSION, session.id().toString()));
        assertFalse(cache.isActive(session.id()));
    }

    @Test
    void revokingAllOfAUsersSessionsForgetsEachOfThem() {
        IdentityCache cache = cache(NOW);
        UUID user = UUID.randomUUID();
        Session one = session(user, NOW.plus(Duration.ofDays(1)));
        Session other = session(UUID.randomUUID(), NOW.plus(Duration.ofDays(1)));
        cache.isActive(one.id());
        cache.isActive(other.id());
        one.revoke("password-changed", NOW);
        cache.onInvalidation(new Invalidation(IdentityCache.USER_SESSIONS, user.toString()));
        assertFalse(cache.isActive(one.id()));
        assertTrue(cache.isActive(other.id()));
        assertEquals(3, sessions.reads.get(), "only the user's session was read again");
    }

    @Test
    void aSessionExpiredByWhatTheCacheKnowsIsReadAgainSinceARefreshMayHaveExtendedIt() {
        UUID user = UUID.randomUUID();
        Session session = session(user, NOW.plusSeconds(10));
        assertTrue(cache(NOW).isActive(session.id()));
        IdentityCache later = cache(NOW.plusSeconds(20));
        later.isActive(session.id());
        session.extend(NOW.plusSeconds(15), NOW.plus(Duration.ofDays(7)));
        assertTrue(later.isActive(session.id()));
        assertEquals(3, sessions.reads.get());
    }

    @Test
    void anUnknownSessionIsNotActive() {
        assertFalse(cache(NOW).isActive(UUID.randomUUID()));
    }

    @Test
    void aProfileIsCachedUntilItsChangeIsAnnounced() {
        IdentityCache cache = cache(NOW);
        UUID user = UUID.randomUUID();
        AtomicInteger loads = new AtomicInteger();
        UserView view = new UserView(user, "a@example.com", "Ana", "Lima", Set.of(), false, NOW, NOW);
        assertEquals(view, cache.user(user, () -> {
            loads.incrementAndGet();
            return view;
        }));
        cache.user(user, () -> {
            loads.incrementAndGet();
            return view;
        });
        assertEquals(1, loads.get());
        cache.onInvalidation(new Invalidation(IdentityCache.USER, user.toString()));
        cache.user(user, () -> {
            loads.incrementAndGet();
            return view;
        });
        assertEquals(2, loads.get());
        cache.onInvalidation(new Invalidation("*", "*"));
        cache.user(user, () -> {
            loads.incrementAndGet();
            return view;
        });
        assertEquals(3, loads.get());
    }
}
