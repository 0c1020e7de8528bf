package dev.procura.identity;

import dev.procura.identity.IdentityViews.SessionView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions and their refresh tokens: opening, rotation with reuse detection, revocation. Access
 * tokens carry the session id, and every request checks it ({@link IdentityCache}); a revocation
 * is announced to every server in its transaction, so it takes effect everywhere as it commits.
 */
@ApplicationScoped
public class SessionService {

    @Inject
    Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SessionRepository sessions;

    @Inject
    @ConfigProperty(name = "procura.jwt.refresh-token-ttl", defaultValue = "P7D")
    Duration refreshTokenTtl;

    /** A session with its first refresh token (plain text: shown once, stored hashed). */
    public record Opened(Session session, String refreshToken) {}

    /** The outcome of presenting a refresh token. */
    public sealed interface Rotation {
        record Rotated(Session session, String refreshToken) implements Rotation {}

        /** The token had already been rotated: someone replayed it, so its session was revoked. */
        record Reused(Session session) implements Rotation {}

        /** Unknown, expired or of an ended session; {@code userId} names the session's user when the token is known. */
        record Refused(UUID userId) implements Rotation {}
    }

    @Transactional
    public Opened open(UUID userId, String clientAddress, String userAgent) {
        Instant now = clock.instant();
        Session session = new Session(userId, clientAddress, userAgent, now, now.plus(refreshTokenTtl));
        sessions.add(session);
        return new Opened(session, issueRefreshToken(session, now));
    }

    @Transactional
    public Rotation rotate(String presentedToken) {
        Instant now = clock.instant();
        var token = sessions.lockRefreshToken(hash(presentedToken)).orElse(null);
        if (token == null) {
            return new Rotation.Refused(null);
        }
        Session session = sessions.lock(token.sessionId()).orElseThrow();
        if (token.isRotated()) {
            session.revoke("refresh-token-reuse", now);
            sessions.announceEnded(session);
            return new Rotation.Reused(session);
        }
        if (!session.isActive(now) || token.isExpired(now)) {
            return new Rotation.Refused(session.userId());
        }
        token.rotate(now);
        return new Rotation.Rotated(session, issueRefreshToken(session, now));
    }

    public Page<SessionView> listActive(UUID userId, UUID currentSessionId, int page, int perPage) {
        Instant now = clock.instant();
        var items = sessions.activeOf(userId, now, (page - 1) * perPage, perPage).stream()
                .map(s -> SessionView.of(s, currentSessionId))
                .toList();
        return new Page<>(items, page, perPage, sessions.countActiveOf(userId, now));
    }

    /** Revokes one of the user's own sessions; another user's session id is "not found". */
    @Transactional
    public Session revoke(UUID userId, UUID sessionId, String reason) {
        Session session = sessions.lock(sessionId)
                .filter(s -> s.userId().equals(userId) && s.isActive(clock.instant()))
                .orElseThrow(() -> new Failure.NotFound("No active session " + sessionId));
        session.revoke(reason, clock.instant());
        sessions.announceEnded(session);
        return session;
    }

    @Transactional
    public int revokeOthers(UUID userId, UUID keepSessionId, String reason) {
        return sessions.revokeOthers(userId, keepSessionId, reason, clock.instant());
    }

    /** Ends every session of the user, on every server as the transaction commits. */
    @Transactional
    public int revokeAll(UUID userId, String reason) {
        return sessions.revokeAll(userId, reason, clock.instant());
    }

    @Transactional
    public int pruneEndedBefore(Instant before) {
        return sessions.pruneEndedBefore(before);
    }

    private String issueRefreshToken(Session session, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(refreshTokenTtl);
        sessions.add(new RefreshToken(hash(token), session.id(), now, expiresAt));
        session.extend(now, expiresAt);
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
