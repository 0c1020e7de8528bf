package dev.procura.identity;

import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.platform.security.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every authenticated request asks of the control database, kept briefly per server: whether
 * a session still stands, and the signed-in user's profile. A revocation or a profile change is
 * announced with PostgreSQL NOTIFY in the transaction that makes it, so every server drops the
 * entry as soon as it commits; {@code procura.identity.cache-ttl} bounds an entry's life anyway.
 */
@ApplicationScoped
public class IdentityCache implements SessionStatus {

    static final String SESSION = "session";
    static final String USER_SESSIONS = "user-sessions";
    static final String USER = "user";

    private record CachedSession(UUID userId, Instant expiresAt, boolean revoked, long freshUntilNanos) {}

    private record CachedUser(UserView view, long freshUntilNanos) {}

    @Inject
    SessionRepository sessions;

    @Inject
    @ConfigProperty(name = "procura.identity.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<UUID, CachedSession> sessionStates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, CachedUser> users = new ConcurrentHashMap<>();

    @Override
    public boolean isActive(UUID sessionId) {
        Instant now = clock.instant();
        CachedSession cached = sessionStates.get(sessionId);
        if (cached != null && cached.freshUntilNanos() - System.nanoTime() > 0) {
            if (cached.revoked()) {
                return false;
            }
            if (cached.expiresAt().isAfter(now)) {
                return true;
            }
            // expired by what we know: a refresh may have extended it since, so ask again
        }
        Optional<Session> session = sessions.find(sessionId);
        session.ifPresent(s -> sessionStates.put(
                sessionId,
                new CachedSession(
                        s.userId(), s.expiresAt(), s.revokedAt() != null, System.nanoTime() + ttl.toNanos())));
        return session.map(s -> s.isActive(now)).orElse(false);
    }

    /** The user's profile from the cache, or from {@code load} (then cached). */
    UserView user(UUID userId, Supplier<UserView> load) {
        CachedUser cached = users.get(userId);
        if (cached != null && cached.freshUntilNanos() - System.nanoTime() > 0) {
            return cached.view();
        }
        UserView view = load.get();
        users.put(userId, new CachedUser(view, System.nanoTime() + ttl.toNanos()));
        return view;
    }

    /** In the transaction of {@code em}: every server forgets this session when it commits. */
    static void announceSessionEnded(EntityManager em, UUID sessionId) {
        ControlNotifications.publish(em, SESSION, sessionId.toString());
    }

    /** In the transaction of {@code em}: every server forgets this user's sessions when it commits. */
    static void announceSessionsOfUserEnded(EntityManager em, UUID userId) {
        ControlNotifications.publish(em, USER_SESSIONS, userId.toString());
    }

    /** In the transaction of {@code em}: every server forgets this user's profile when it commits. */
    static void announceUserChanged(EntityManager em, UUID userId) {
        ControlNotifications.publish(em, USER, userId.toString());
    }

    void onInvalidation(@Observes Invalidation invalidation) {
        switch (invalidation.topic()) {
            case "*" -> {
                sessionStates.clear();
                users.clear();
            }
            case SESSION -> sessionStates.remove(UUID.fromString(invalidation.key()));
            case USER_SESSIONS -> {
                UUID userId = UUID.fromString(invalidation.key());
                sessionStates.values().removeIf(s -> s.userId().equals(userId));
            }
            case USER -> users.remove(UUID.fromString(invalidation.key()));
            default -> {
                // another cache's topic
            }
        }
    }
}
