package dev.procura.identity;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.ClientAddress;
import dev.procura.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password reset by email. A request answers the same whether the account exists or not: it is
 * counted against the rate limits either way, and the email goes out after the answer. The token
 * is single use, valid {@code procura.password-reset.token-ttl} (30 minutes), and a newer one
 * retires it. Setting the new password ends every session of the user and lifts a forced reset.
 */
@ApplicationScoped
public class PasswordResetService {

    static final String TEMPLATE = "password_reset";
    static final String LINK_PATH = "/reset-password?token=";

    @Inject
    UserRepository users;

    @Inject
    UserTokenRepository tokenRows;

    @Inject
    MailTokens tokens;

    @Inject
    AccountMailThrottle throttle;

    @Inject
    AccountMessages messages;

    @Inject
    SessionService sessions;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    ClientAddress client;

    @Inject
    UserEvents events;

    @Inject
    ControlTransaction transaction;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "procura.password-reset.token-ttl", defaultValue = "PT30M")
    Duration tokenTtl;

    /** Mails a reset token if the account exists and is active; refuses only when rate limited. */
    public void request(String email) {
        String normalized = User.normalizeEmail(email);
        throttle.admit(AccountMailThrottle.Purpose.PASSWORD_RESET, normalized, client.address());
        AccountMessages.Message message = transaction.call(() -> users.findByEmail(normalized)
                .filter(user -> !user.isDeactivated())
                .map(user -> issue(user, "user.password_reset_requested"))
                .orElseGet(() -> {
                    MailTokens.random(); // the same work as for an account
                    return null;
                }));
        messages.sendLater(message);
    }

    /** Forced by a platform administrator: call inside the transaction that requires the reset. */
    AccountMessages.Message issueForced(User user) {
        return issue(user, "user.password_reset_forced");
    }

    private AccountMessages.Message issue(User user, String eventType) {
        String token = tokens.issue(user.id(), UserToken.Purpose.PASSWORD_RESET, tokenTtl);
        events.publish(eventType, user, Map.of());
        return messages.forUser(
                user, TEMPLATE, token, LINK_PATH, Map.of("valid_minutes", String.valueOf(tokenTtl.toMinutes())));
    }

    /** Sets the new password with the token; the password is checked before the token is spent. */
    public void confirm(IdentityRequests.ConfirmPasswordReset request) {
        User holder = transaction.call(() -> tokenRows
                .lock(SessionService.hash(request.token()))
                .filter(t -> t.isUsable(UserToken.Purpose.PASSWORD_RESET, clock.instant()))
                .flatMap(t -> users.find(t.userId()))
                .orElseThrow(PasswordResetService::invalidToken));
        policy.refusal(request.password(), holder.email()).ifPresent(reason -> {
            throw new Failure.InvalidInput("password", reason);
        });
        String newHash = hasher.hash(request.password());
        transaction.run(() -> {
            UUID userId = tokens.redeem(request.token(), UserToken.Purpose.PASSWORD_RESET)
                    .orElseThrow(PasswordResetService::invalidToken);
            User user = users.lock(userId).orElseThrow(PasswordResetService::invalidToken);
            user.resetPassword(newHash, clock.instant());
            users.announceChanged(userId);
            int revoked = sessions.revokeAll(userId, "password-reset");
            events.publish("user.password_reset", user, Map.of("sessions_revoked", revoked));
        });
    }

    private static Failure invalidToken() {
        return new Failure.InvalidInput(
                ProblemType.INVALID_RESET_TOKEN, "The reset token is unknown, already used or expired");
    }
}
