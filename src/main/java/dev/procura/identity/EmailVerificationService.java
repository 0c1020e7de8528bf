package dev.procura.identity;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email verification: registration mails a single-use token (valid
 * {@code procura.email-verification.token-ttl}); presenting it marks the user verified. The user
 * may ask for a new mail (rate limited); a new token retires the earlier ones.
 */
@ApplicationScoped
public class EmailVerificationService {

    private static final Logger LOG = Logger.getLogger(EmailVerificationService.class.getName());

    static final String TEMPLATE = "email_verification";
    static final String LINK_PATH = "/verify-email?token=";

    @Inject
    UserRepository users;

    @Inject
    MailTokens tokens;

    @Inject
    AccountMailThrottle throttle;

    @Inject
    AccountMessages messages;

    @Inject
    ClientAddress client;

    @Inject
    UserEvents events;

    @Inject
    ControlTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "procura.email-verification.token-ttl", defaultValue = "P2D")
    Duration tokenTtl;

    /** Mails a new account its first token (after its registration committed); a failure leaves the user to ask again. */
    void welcome(User user) {
        try {
            messages.sendLater(transaction.call(() -> issue(user)));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not issue the verification token of a new account; the user may ask again",
                    e);
        }
    }

    /** Mails the signed-in user a new token; 409 when the email is verified already. */
    public void resend(Caller caller) {
        User user = users.find(caller.userId()).orElseThrow(() -> new Failure.NotFound("No user " + caller.userId()));
        if (user.isEmailVerified()) {
            throw new Failure.InvalidTransition("The email", "verified", "verified again");
        }
        throttle.admit(AccountMailThrottle.Purpose.EMAIL_VERIFICATION, user.email(), client.address());
        messages.sendLater(transaction.call(() -> issue(user)));
    }

    /** Marks the token's user verified. */
    public void verify(IdentityRequests.VerifyEmail request) {
        transaction.run(() -> {
            UUID userId = tokens.redeem(request.token(), UserToken.Purpose.EMAIL_VERIFICATION)
                    .orElseThrow(EmailVerificationService::invalidToken);
            User user = users.lock(userId).orElseThrow(EmailVerificationService::invalidToken);
            if (user.verifyEmail(clock.instant())) {
                users.announceChanged(userId);
                events.publish("user.email_verified", user, Map.of());
            }
        });
    }

    private AccountMessages.Message issue(User user) {
        String token = tokens.issue(user.id(), UserToken.Purpose.EMAIL_VERIFICATION, tokenTtl);
        return messages.forUser(user, TEMPLATE, token, LINK_PATH, Map.of());
    }

    private static Failure invalidToken() {
        return new Failure.InvalidInput(
                ProblemType.INVALID_VERIFICATION_TOKEN, "The verification token is unknown, already used or expired");
    }
}
