package dev.procura.identity;

import dev.procura.identity.IdentityViews.TokenView;
import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.AccessTokens;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.ClientAddress;
import dev.procura.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Login, refresh and logout. bcrypt runs outside any transaction so no connection waits on it;
 * unknown emails cost one bcrypt verification too, so they answer like wrong passwords. Around
 * the verification a login costs two reads and one transaction ({@link SuccessfulLogin}).
 */
@ApplicationScoped
public class AuthService {

    @Inject
    Clock clock;

    private static final String INVALID_CREDENTIALS = "The email or password is incorrect";

    @Inject
    UserRepository users;

    @Inject
    SessionService sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccessTokens accessTokens;

    @Inject
    SecurityEventLog events;

    @Inject
    ClientAddress client;

    @Inject
    UserService userService;

    @Inject
    SuccessfulLogin successfulLogin;

    @Inject
    EmailVerificationService verification;

    /**
     * Creates the account, mails it a verification token and signs it in: the answer is the same
     * token pair as a login's (the email need not be verified to sign in). If opening the session
     * failed, the account stays and the client signs in.
     */
    public TokenView register(IdentityRequests.Register request) {
        User user = userService.register(request);
        verification.welcome(user);
        SessionService.Opened opened = successfulLogin.registered(user, client.address(), client.userAgent());
        return tokens(user, opened.session().id(), opened.refreshToken());
    }

    public TokenView login(IdentityRequests.Login request) {
        String email = User.normalizeEmail(request.email());
        String address = client.address();
        Instant now = clock.instant();
        long addressFailures;
        try {
            addressFailures = throttle.checkAllowed(address, email, now);
        } catch (Failure.TooManyRequests throttled) {
            events.record(SecurityEvent.Type.LOGIN_THROTTLED, null, email, null, "address " + address);
            throw throttled;
        }
        Optional<User> found = users.findByEmail(email);
        if (found.isPresent() && found.get().isLocked(now)) {
            events.record(SecurityEvent.Type.LOGIN_FAILED, found.get().id(), email, null, "account locked");
            throw accountLocked(found.get().lockedUntil(), now);
        }
        boolean verified = found.isPresent()
                ? hasher.verify(request.password(), found.get().passwordHash())
                : hasher.verifyDecoy(request.password());
        if (!verified) {
            failLogin(address, email, found.orElse(null), now);
        }
        User user = found.get();
        refuseIfBarred(user, email);
        SessionService.Opened opened =
                successfulLogin.record(user, email, address, client.userAgent(), addressFailures > 0);
        return tokens(user, opened.session().id(), opened.refreshToken());
    }

    public TokenView refresh(IdentityRequests.Refresh request) {
        SessionService.Rotation rotation = sessions.rotate(request.refreshToken());
        if (rotation instanceof SessionService.Rotation.Rotated rotated) {
            User user = users.find(rotated.session().userId()).orElseThrow();
            refuseIfBarred(user, user.email());
            return tokens(user, rotated.session().id(), rotated.refreshToken());
        }
        if (rotation instanceof SessionService.Rotation.Reused reused) {
            events.record(
                    SecurityEvent.Type.REFRESH_REUSED,
                    reused.session().userId(),
                    null,
                    reused.session().id(),
                    "session revoked");
            throw new Failure.Unauthorized(
                    ProblemType.REFRESH_TOKEN_REUSED,
                    "This refresh token was already used; its session has been revoked");
        }
        if (rotation instanceof SessionService.Rotation.Refused refused && refused.userId() != null) {
            users.find(refused.userId()).ifPresent(user -> refuseIfBarred(user, user.email()));
        }
        throw new Failure.Unauthorized(ProblemType.INVALID_REFRESH_TOKEN, "The refresh token is not valid");
    }

    /** A deactivated user, or one whose password reset was forced, gets no session (asked only with valid credentials). */
    private void refuseIfBarred(User user, String email) {
        if (user.isDeactivated()) {
            events.record(SecurityEvent.Type.LOGIN_FAILED, user.id(), email, null, "account deactivated");
            throw new Failure.Forbidden(ProblemType.USER_DEACTIVATED, "This account is deactivated");
        }
        if (user.isPasswordResetRequired()) {
            events.record(SecurityEvent.Type.LOGIN_FAILED, user.id(), email, null, "password reset required");
            throw new Failure.Forbidden(
                    ProblemType.PASSWORD_RESET_REQUIRED,
                    "A password reset is required; set a new password with the token sent by email");
        }
    }

    public void logout(Caller caller) {
        sessions.revoke(caller.userId(), caller.sessionId(), "logout");
        events.record(SecurityEvent.Type.LOGOUT, caller.userId(), caller.email(), caller.sessionId(), null);
    }

    private void failLogin(String address, String email, User user, Instant now) {
        Optional<Instant> lockedUntil = throttle.recordFailure(address, email, user == null ? null : user.id(), now);
        events.record(
                SecurityEvent.Type.LOGIN_FAILED,
                user == null ? null : user.id(),
                email,
                null,
                user == null ? "unknown email" : "wrong password");
        if (lockedUntil.isPresent()) {
            events.record(
                    SecurityEvent.Type.ACCOUNT_LOCKED, user.id(), email, null, "locked until " + lockedUntil.get());
        }
        throw new Failure.Unauthorized(ProblemType.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }

    private static Failure accountLocked(Instant lockedUntil, Instant now) {
        return new Failure.TooManyRequests(
                ProblemType.ACCOUNT_LOCKED,
                "Too many failed logins on this account; try again later",
                Duration.between(now, lockedUntil));
    }

    private TokenView tokens(User user, java.util.UUID sessionId, String refreshToken) {
        AccessTokens.Issued access = accessTokens.issue(user.id(), user.email(), user.groups(), sessionId);
        return new TokenView(
                access.token(),
                refreshToken,
                "Bearer",
                accessTokens.accessTokenTtl().toSeconds(),
                UserView.of(user),
                userService.tenantsOf(user.id()));
    }
}
