package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens sent by mail: 256 random bits, shown once in the email, stored as SHA-256.
 * Issuing one retires the user's earlier unused tokens of the same purpose. Call both methods
 * inside a control transaction.
 */
@ApplicationScoped
public class MailTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    UserTokenRepository tokens;

    /** A new token for the user (plain text, for the email). */
    public String issue(UUID userId, UserToken.Purpose purpose, Duration validFor) {
        tokens.retireUnused(userId, purpose, clock.instant());
        String token = random();
        tokens.add(new UserToken(SessionService.hash(token), userId, purpose, clock.instant(), validFor));
        return token;
    }

    /** Spends the token and names its user; empty when it is unknown, used, replaced or expired. */
    public Optional<UUID> redeem(String token, UserToken.Purpose purpose) {
        return tokens.lock(SessionService.hash(token))
                .filter(t -> t.use(purpose, clock.instant()))
                .map(UserToken::userId);
    }

    /** A token of the same shape for no one: an unknown email costs the same work as a known one. */
    static String random() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
